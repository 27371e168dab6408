import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import { BrowserSessionsService } from '@app/accounts';
import { AppConfig } from '@app/config';
import { AppLogger } from '@app/observability';
import { ApiModule } from './api.module';
import { API_VERSIONING } from './http/api-versioning';
import { usePageErrorBodies } from './http/error-body';
import { registerErrorBodyGuard } from './http/error-body-guard';
import { registerMultipartScope } from './http/multipart-scope';
import { registerRequestHooks } from './http/request-hooks';
import { answerRouterError } from './http/router-errors';
import { registerSecurityHeaders } from './http/security-headers';
import { answerClientError, answerConnect, answerHttp2Preface } from './http/socket-errors';
import { ProblemFilter } from './http/problem.filter';
import { registerUnreadBodyDrain } from './http/unread-body';
import { createValidationPipe } from './http/validation.pipe';
import { setupOpenApi } from './openapi-document';
import { AssetCatalog } from './web/assets/asset-catalog';
import { registerAssetRoutes } from './web/assets/register-asset-routes';
import { ErrorPages } from './web/http/error-pages.service';
import { isPagePath } from './web/http/page-paths';
import { registerWebSessions } from './web/http/register-web-sessions';
import { registerPageReplies } from './web/http/send-page-result';
import { WebCookies } from './web/http/web-cookies';
import { RESUME_FILE_MAX_BYTES } from '@app/resumes';
import { registerPdfBodyParser } from './resumes/pdf-body-parser';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Pages post to Stripe only by redirect: Checkout and the billing portal (or the local stand-in in tests). */
function stripeFormTargets(config: AppConfig): string[] {
  const targets = ['https://checkout.stripe.com', 'https://billing.stripe.com'];
  if (config.stripe?.apiUrl) targets.push(new URL(config.stripe.apiUrl).origin);
  return targets;
}

/**
 * Responses are made per request, so compression is paid on each: brotli quality 3 takes half the CPU of the plugin's
 * 4 for ~7% more bytes (a 21 KB search page: 5.2 KB, 0.15 ms against 4.8 KB, 0.32 ms), and every body under 64 KB
 * (all pages and JSON) is compressed in one synchronous call — the streaming path the plugin takes above 8 KB on two
 * cores (a zlib stream per response, chunked writes) cost more than the compression itself. docs/benchmarks.md.
 */
const RESPONSE_COMPRESSION = {
  threshold: 1024,
  syncThreshold: 64 * 1024,
  brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 3, [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT } },
};

/** Builds the fully configured API (not yet listening); used by main.ts and by the tests. */
export async function createApiApp(
  config: AppConfig,
  logger: AppLogger,
  extraImports: ModuleMetadata['imports'] = [],
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // The HTTP layer's own errors answer through renderErrorBody too (see http/error-body.ts).
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config, extraImports), adapter, {
    rawBody: true,
    logger,
    abortOnError: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.server.on('connect', answerConnect);
  fastify.server.prependListener('request', answerHttp2Preface);
  registerRequestHooks(fastify, logger);
  registerSecurityHeaders(fastify, { formTargets: stripeFormTargets(config), https: config.http.appUrl.startsWith('https:') });
  registerErrorBodyGuard(fastify);
  registerUnreadBodyDrain(fastify);
  await app.register(fastifyCompress, RESPONSE_COMPRESSION);
  await app.register(fastifyCookie);
  registerMultipartScope(fastify);
  // Page forms that upload a file (the listing import, the CV): fields and the one file land on request.body.
  // A file over the largest bound is cut one byte past it instead of failing the request, so the handler that knows
  // its own bound (RESUME_FILE_MAX_BYTES, the body limit) can refuse it beside the field of the form it shows again.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: Math.max(config.http.bodyLimitBytes, RESUME_FILE_MAX_BYTES) + 1, files: 1, fields: 20, parts: 21 },
  });
  const cookies = app.get(WebCookies);
  registerWebSessions(fastify, app.get(BrowserSessionsService), cookies);
  registerPageReplies(fastify, cookies);
  registerAssetRoutes(fastify, app.get(AssetCatalog));
  const apiCors = { origin: config.http.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'retry-after', 'location'] };
  // No other origin may read a page: pages hold the CSRF token, and another port of this host is same-site,
  // so a credentialed fetch from it carries the session cookie.
  app.enableCors({ delegator: (request, callback) => callback(null, isPagePath(request.url) ? { origin: false } : apiCors) });
  app.useBodyParser(['text/plain', 'text/markdown'], { bodyLimit: config.http.bodyLimitBytes });
  registerPdfBodyParser(fastify);
  app.enableVersioning(API_VERSIONING);
  app.useGlobalPipes(createValidationPipe());
  const errorPages = app.get(ErrorPages);
  usePageErrorBodies((problem, path) => errorPages.staticPage(problem, path));
  app.useGlobalFilters(new ProblemFilter(errorPages));
  setupOpenApi(app, config);
  return app;
}
