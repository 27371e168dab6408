import { FastifyReply } from 'fastify';

/**
 * Lets the forms of this one page answer with a redirect to another site: browsers check CSP `form-action` on a
 * form's redirects too, so the page names that origin in its own policy (e.g. an external listing's apply page).
 */
export function allowFormRedirectTo(reply: FastifyReply, url: string): void {
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy !== 'string') return;
  const origin = new URL(url).origin;
  reply.header(
    'content-security-policy',
    policy.replace(
      /(^|;)(\s*)form-action ([^;]*)/,
      (_match, start: string, space: string, sources: string) => `${start}${space}form-action ${sources} ${origin}`,
    ),
  );
}
