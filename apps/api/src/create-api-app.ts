import { ModuleMetadata, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { AppConfig } from '@app/config';
import { AppLogger } from '@app/observability';
import { ApiModule } from './api.module';
import { registerErrorBodyGuard } from './http/error-body-guard';
import { registerRequestHooks } from './http/request-hooks';
import { answerRouterError } from './http/router-errors';
import { registerSecurityHeaders } from './http/security-headers';
import { answerClientError, answerConnect, answerHttp2Preface } from './http/socket-errors';
import { ProblemFilter } from './http/problem.filter';
import { registerUnreadBodyDrain } from './http/unread-body';
import { createValidationPipe } from './http/validation.pipe';
import { setupOpenApi } from './openapi';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

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
  registerSecurityHeaders(fastify);
  registerErrorBodyGuard(fastify);
  registerUnreadBodyDrain(fastify);
  app.enableCors({ origin: config.http.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'retry-after'] });
  app.useBodyParser(['text/plain', 'text/markdown'], { bodyLimit: config.http.bodyLimitBytes });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  setupOpenApi(app);
  return app;
}
