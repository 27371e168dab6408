import { FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';

/** The person behind a page request, from their browser session. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the web session hook on page requests: null when no live session is named by the cookie. */
    viewer?: Viewer | null;
  }
}

/** The signed-in viewer of a page that needs one; anyone else is sent to log in and brought back. */
export function requireViewer(request: FastifyRequest): Viewer {
  if (!request.viewer) throw new DomainError(ErrorCode.Unauthenticated, 'Log in to see this page');
  return request.viewer;
}
