import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, ErrorCode } from '@app/common';
import { IS_PUBLIC } from './public.decorator';

/**
 * Global guard: every route needs a valid access token unless marked @Public().
 * On a public route a valid token still identifies the caller (admins see drafts);
 * a missing or bad one just leaves the caller anonymous.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    if (!request.headers.authorization) return true;
    try {
      await super.canActivate(context);
    } catch {
      // anonymous access to a public route
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    // A bad token arrives as `user === false`; `error` means the user lookup itself failed (database down).
    if (error) throw error;
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'A valid access token is required');
    return user;
  }
}
