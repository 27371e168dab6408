import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ClientMeta } from '@app/accounts';

/** The caller's IP (X-Forwarded-For only when TRUST_PROXY is on) and user agent, for rate limits and sessions. */
export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientMeta & { ip: string } => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 256) : null };
});
