import { Role } from '@app/accounts';

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
