import { IncomingMessage, ServerResponse } from 'node:http';
import { FastifyInstance } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';

/**
 * The policy of every response but Swagger UI: scripts and styles only from our own files (no inline script,
 * no inline style), nothing from another host, never framed. Forms may post to us; a few of our forms
 * answer with a redirect to Stripe (Checkout, the billing portal), so those origins are allowed as targets.
 */
export function strictHelmetOptions(formTargets: string[], https: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", ...formTargets],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
  };
}

/** Swagger UI (/docs) runs an inline bootstrap script and inline styles of its own. */
const SWAGGER_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
    },
  },
};

/**
 * Bull Board (/admin/queues) is a React app of its own: its scripts and styles are its own files, but its page and
 * components carry inline styles (and it asks for a web font from another host, which stays refused).
 */
export function bullBoardHelmetOptions(formTargets: string[], https: boolean): HelmetOptions {
  const strict = strictHelmetOptions(formTargets, https);
  const directives = (strict.contentSecurityPolicy as { directives: Record<string, string[]> }).directives;
  return {
    ...strict,
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] } },
  };
}

/**
 * The headers helmet sets for our options. They do not depend on the request (no CSP nonces), so
 * helmet runs once, against a response that records them, instead of eleven middlewares per request.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

const DOCS_PATH = /^\/docs(\/|$|\?)/;
const BULL_BOARD_PATH = /^\/admin\/queues(\/|$|\?)/;

let recorded: Record<string, string> | undefined;

/** The strict headers as registered (the HTTP layer's own errors, router-errors.ts and socket-errors.ts, send them too). */
export function securityHeaders(): Record<string, string> {
  return (recorded ??= helmetHeaders(strictHelmetOptions([], false)));
}

/** Helmet's security headers on every response, including errors and 404s; Swagger UI and Bull Board get their own policies. */
export function registerSecurityHeaders(fastify: FastifyInstance, options: { formTargets: string[]; https: boolean }): void {
  const strict = helmetHeaders(strictHelmetOptions(options.formTargets, options.https));
  recorded = strict;
  const docs = helmetHeaders(SWAGGER_HELMET_OPTIONS);
  const board = helmetHeaders(bullBoardHelmetOptions(options.formTargets, options.https));
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(DOCS_PATH.test(request.url) ? docs : BULL_BOARD_PATH.test(request.url) ? board : strict);
    done();
  });
}
