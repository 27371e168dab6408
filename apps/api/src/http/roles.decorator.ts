import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Role } from '@app/accounts';
import { ApiProblems } from './api-problems.decorator';

export const ROLES = 'roles';

/** Restricts a route (or controller) to the given roles, and documents the 403 it answers to the others. Every /v1/admin route also requires admin. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES, roles),
    ApiProblems({ status: 403, description: `Only for the role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}` }),
  );
