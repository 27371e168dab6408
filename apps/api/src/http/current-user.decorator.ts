import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthUser } from '@app/accounts';

/** The authenticated caller (undefined on a public route called anonymously). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => {
  return context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});
