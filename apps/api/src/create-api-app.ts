import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { ModuleMetadata, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { BrowserSessionsService } from '@app/accounts';
import { AppConfig } from '@app/config';
import { AppLogger } from '@app/observability';
import { ApiModule } from './api.module';
import { registerRequestHooks } from './http/request-hooks';
import { registerSecurityHeaders } from './http/security-headers';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { setupOpenApi } from './openapi';
import { AssetCatalog } from './web/assets/asset-catalog';
import { registerAssetRoutes } from './web/assets/register-asset-routes';
import { ErrorPages } from './web/http/error-pages.service';
import { registerWebSessions } from './web/http/register-web-sessions';
import { registerPageReplies } from './web/http/send-page-result';
import { WebCookies } from './web/http/web-cookies';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Pages post to Stripe only by redirect: Checkout and the billing portal (or the local stand-in in tests). */
function stripeFormTargets(config: AppConfig): string[] {
  const targets = ['https://checkout.stripe.com', 'https://billing.stripe.com'];
  if (config.stripe?.apiUrl) targets.push(new URL(config.stripe.apiUrl).origin);
  return targets;
}

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
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config, extraImports), adapter, {
    rawBody: true,
    logger,
    abortOnError: false,
  });

  const fastify = app.getHttpAdapter().getInstance();
  registerRequestHooks(fastify, logger);
  registerSecurityHeaders(fastify, { formTargets: stripeFormTargets(config), https: config.http.appUrl.startsWith('https:') });
  await app.register(fastifyCompress, { threshold: 1024 });
  await app.register(fastifyCookie);
  // Page forms that upload a file (the listing import): fields and the one file land on request.body.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: config.http.bodyLimitBytes, files: 1, fields: 20, parts: 21 },
  });
  const cookies = app.get(WebCookies);
  registerWebSessions(fastify, app.get(BrowserSessionsService), cookies);
  registerPageReplies(fastify, cookies);
  registerAssetRoutes(fastify, app.get(AssetCatalog));
  app.enableCors({ origin: config.http.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'retry-after'] });
  app.useBodyParser(['text/plain', 'text/markdown'], { bodyLimit: config.http.bodyLimitBytes });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(app.get(ErrorPages)));
  setupOpenApi(app);
  return app;
}
