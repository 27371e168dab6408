import { Injectable, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemDetails, toProblem } from '../../http/problem-details';
import { Html } from '../html/html';
import { h, render, renderDocument } from '../html/jsx';
import { ShellModel } from '../views/shell-model';
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
      body.status >= 500
        ? this.shell.minimal(request.url)
        : await this.shell.of(request, reply).catch(() => this.shell.minimal(request.url));
    reply.headers(headers);
    sendPageResult(reply, page(this.render(body, shell), body.status), this.cookies);
  }

  /**
   * The error page of an error the HTTP layer raises before any of our code runs (a URL too long, headers too
   * large, a bad method): no session is known yet, so the page is the visitor's.
   */
  staticPage(problem: ProblemDetails, path: string): string {
    return renderDocument(this.render(problem, this.shell.minimal(path)));
  }

  private render(problem: ProblemDetails, shell: ShellModel): Html {
    const message = problem.status >= 500 || problem.status === 404 ? (MESSAGES[problem.status] ?? MESSAGES[500]) : problem.detail;
    return render(
      <ErrorPage
        shell={shell}
        model={{ status: problem.status, heading: errorHeading(problem.status), message, errorId: problem.errorId ?? null }}
      />,
    );
  }
}
