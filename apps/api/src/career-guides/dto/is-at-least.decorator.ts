import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';

/** The number must not be below the sibling property `other` (e.g. a range's `max` against its `min`). */
export function IsAtLeast(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAtLeast',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `must not be below ${other}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const bound = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'number' || typeof bound !== 'number' || value >= bound;
        },
      },
    });
  };
}
