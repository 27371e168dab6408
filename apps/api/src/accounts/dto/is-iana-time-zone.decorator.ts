import { ValidateBy, ValidationOptions } from 'class-validator';
import { isIanaTimeZone } from '@app/accounts';

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIanaTimeZone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIanaTimeZone(value),
        defaultMessage: () => 'timezone must be an IANA time zone such as Europe/Berlin',
      },
    },
    options,
  );
}
