import { applyDecorators, SetMetadata } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

export const IS_PUBLIC = 'isPublic';

function documentAsPublic(handler: object): void {
  const operation: object | undefined = Reflect.getMetadata(DECORATORS.API_OPERATION, handler);
  Reflect.defineMetadata(DECORATORS.API_OPERATION, { ...operation, security: [] }, handler);
}

/** `security: []` on the operation, or on every route of a controller (its method decorators have run by then). */
const DocumentedAsPublic = (): MethodDecorator & ClassDecorator =>
  ((target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) return documentAsPublic(descriptor.value);
    const prototype = (target as { prototype: object }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const member = Object.getOwnPropertyDescriptor(prototype, name)!.value;
      if (name !== 'constructor' && typeof member === 'function') documentAsPublic(member);
    }
  }) as MethodDecorator & ClassDecorator;

/**
 * Opens a route (or controller) to anonymous callers, and documents it so (`security: []`); every
 * other route requires a valid access token, which the document states once for all.
 */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(IS_PUBLIC, true), DocumentedAsPublic());
