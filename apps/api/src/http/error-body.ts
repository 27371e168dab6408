import { IncomingHttpHeaders } from 'node:http';
import { isPagePath } from '../web/http/page-paths';
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

const HTML = 'text/html; charset=utf-8';

/** Renders the website's error page for an error with no request context (see ErrorPages.staticPage). */
export type PageErrorBodyRenderer = (problem: ProblemDetails, path: string) => string;

let pageErrorBody: PageErrorBodyRenderer | null = null;

/** The website's error page for page paths; set once by createApiApp. */
export function usePageErrorBodies(renderer: PageErrorBodyRenderer): void {
  pageErrorBody = renderer;
}

/**
 * THE decision "which error body for this request", for every error the HTTP layer answers itself (router,
 * body parser, socket, shutdown, plugins): the HTML error page on the website's paths, problem+json on the API.
 * Errors of our own code on pages get the full error page (with the visitor's session) from ErrorPages.
 */
export function renderErrorBody(problem: ProblemDetails, request: ErrorRequest): ErrorBody {
  if (pageErrorBody && isPagePath(request.path))
    return { status: problem.status, contentType: HTML, payload: pageErrorBody(problem, request.path) };
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
