import { IncomingHttpHeaders } from 'node:http';
import { ProblemDetails, problemDetails } from './problem-details';

/** What the choice of an error body may depend on: the request's path (without the query) and its Accept header. */
export interface ErrorRequest {
  path: string;
  accept?: string;
}

export interface ErrorBody {
  status: number;
  contentType: string;
  payload: string;
}

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/**
 * THE decision "which error body for this request", for every error the API answers: the problem filter's
 * (errors of our code) and the HTTP layer's own (router, body parser, socket, shutdown). Today every path
 * answers problem+json. Page paths (outside /v1) are to answer the HTML error page here: that is the one
 * change the website needs to make every error of a page, down to the socket-level ones, an HTML page.
 */
export function renderErrorBody(problem: ProblemDetails, _request: ErrorRequest): ErrorBody {
  return { status: problem.status, contentType: PROBLEM_JSON, payload: JSON.stringify(problem) };
}

/** An error the HTTP layer raises before our code runs (URL, headers, method, framing, shutdown): a status and what went wrong. */
export function renderTransportError(status: number, detail: string, request: ErrorRequest): ErrorBody {
  return renderErrorBody(problemDetails(status, detail), request);
}

/** The ErrorRequest of a Node request (or of what could be read of one). */
export function errorRequestOf(request: { url?: string; headers?: IncomingHttpHeaders }): ErrorRequest {
  const accept = request.headers?.accept;
  return { path: (request.url ?? '/').split('?')[0]!, accept: Array.isArray(accept) ? accept.join(', ') : accept };
}
