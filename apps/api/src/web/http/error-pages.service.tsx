import { Injectable, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from '../../http/problem-details';
import { h, render } from '../html/jsx';
import { ErrorPage, errorHeading } from '../views/pages/error-page';
import { PageShell } from './page-shell.service';
import { page } from './page-result';
import { sendPageResult } from './send-page-result';
import { WebCookies } from './web-cookies';

const logger = new Logger('Errors');

const MESSAGES: Record<number, string> = {
  404: 'The page you asked for does not exist, or is no longer available.',
  500: 'The page could not be shown. Try again in a moment; if it keeps happening, let us know.',
  503: 'A service we depend on is not answering. Try again in a moment.',
};

/**
 * Errors on pages, as pages: an unauthenticated visitor goes to the login form and comes back; every other
 * error is the error page with its status (a 500 shows its error id, never a stack).
 */
@Injectable()
export class ErrorPages {
  constructor(
    private readonly shell: PageShell,
    private readonly cookies: WebCookies,
  ) {}

  async send(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void> {
    const { body, headers, unexpected } = toProblem(error);
    if (unexpected !== undefined) {
      const err = unexpected instanceof Error ? unexpected : new Error(String(unexpected));
      logger.error({ msg: 'unexpected error', errorId: body.errorId, err: { message: err.message, stack: err.stack, name: err.name } });
    }
    if (body.status === 401) {
      reply
        .status(303)
        .header('location', `/login?next=${encodeURIComponent(request.url)}`)
        .header('cache-control', 'no-store')
        .send();
      return;
    }
    const shell =
      body.status >= 500 ? this.shell.minimal(request) : await this.shell.of(request, reply).catch(() => this.shell.minimal(request));
    const message = body.status >= 500 || body.status === 404 ? (MESSAGES[body.status] ?? MESSAGES[500]) : body.detail;
    const html = render(
      <ErrorPage
        shell={shell}
        model={{ status: body.status, heading: errorHeading(body.status), message, errorId: body.errorId ?? null }}
      />,
    );
    reply.headers(headers);
    sendPageResult(reply, page(html, body.status), this.cookies);
  }
}
