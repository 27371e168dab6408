import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { loadConfig } from '@app/config';
import { ApiModule } from '../api.module';
import { API_VERSIONING } from '../http/api-versioning';
import { buildOpenApiDocument } from './build-openapi-document';

/** The server of the committed document: the default APP_URL of a local checkout. */
export const DOCUMENT_APP_URL = 'http://localhost:3000';

/**
 * The document without a running server: the module graph in Nest's preview mode (no provider is
 * created, so no database or Redis is needed), the same versioning as the real app.
 */
export async function generateOpenApiDocument(appUrl = DOCUMENT_APP_URL): Promise<OpenAPIObject> {
  const config = loadConfig({
    NODE_ENV: 'test',
    APP_URL: appUrl,
    JWT_SECRET: 'document-generation-only-secret-000000',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.enableVersioning(API_VERSIONING);
  try {
    return buildOpenApiDocument(app, appUrl);
  } finally {
    await app.close();
  }
}
