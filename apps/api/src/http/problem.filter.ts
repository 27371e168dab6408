import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { isPagePath } from '../web/http/page-paths';
import { sendProblem } from './send-problem';

/** Renders an error as a page of the website (the HTML error page, or a redirect to the login form). */
export interface PageErrorRenderer {
  send(request: FastifyRequest, reply: FastifyReply, error: unknown): Promise<void>;
}

const logger = new Logger('Errors');

/**
 * The one global filter: an error on the JSON API leaves as application/problem+json; on a page of the
 * website (any path outside /v1, /docs, /health, /metrics), as the HTML error page.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly pages?: PageErrorRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    if (!this.pages || !isPagePath(request.url)) {
      sendProblem(reply, exception);
      return;
    }
    this.pages.send(request, reply, exception).catch((error: unknown) => {
      logger.error({ msg: 'error page failed', err: String(error) });
      if (!reply.sent) sendProblem(reply, exception);
    });
  }
}
