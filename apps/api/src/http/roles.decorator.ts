import { SetMetadata } from '@nestjs/common';
import { Role } from '@app/accounts';

export const ROLES = 'roles';

/** Restricts a route (or controller) to the given roles. Every /v1/admin route also requires admin. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
