import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthUser, Role } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { ROLES } from './roles.decorator';

const ADMIN_PATH = /^\/(v\d+\/)?admin(\/|$)/;

/** Global guard after authentication: @Roles() metadata, and admin for every /v1/admin/* path. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<{ user?: AuthUser; viewer?: AuthUser | null; routeOptions?: { url?: string }; url: string }>();
    const path = request.routeOptions?.url ?? request.url;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]) ?? [];
    const roles = ADMIN_PATH.test(path) ? [Role.Admin] : required;
    if (roles.length === 0) return true;
    // Pages (and only pages: the web session hook sets `viewer` on page paths) are signed in by their session.
    const user = request.user ?? request.viewer ?? undefined;
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'A valid access token is required');
    if (!roles.includes(user.role)) throw new DomainError(ErrorCode.Forbidden, 'You are not allowed to do this');
    return true;
  }
}
