import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from '../http/problem.dto';
import { OPENAPI_TAGS } from './openapi-tags';
import { withOperationConventions } from './with-operation-conventions.util';
import { withoutLoneAllOf } from './without-lone-all-of.util';

const DESCRIPTION = [
  'Job listings, career guides, job alerts and Free/Plus subscriptions.',
  '',
  'Every operation needs `Authorization: Bearer <accessToken>` (from sign-up, log-in or refresh) unless it says `security: []`;',
  'on those public operations a valid token still identifies the caller. Errors are `application/problem+json` (the `Problem` schema).',
  'Lists take `limit` (1–100, default 20) and the opaque `cursor` of the previous page, and answer `{ items, nextCursor }`.',
].join('\n');

/** The OpenAPI 3 document of the API as the code declares it; `appUrl` is its one server. */
export function buildOpenApiDocument(app: INestApplication, appUrl: string): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Job Board API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addServer(appUrl)
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token (valid at most 15 minutes)' },
      'bearer',
    )
    .addSecurityRequirements('bearer');
  for (const [name, description] of Object.entries(OPENAPI_TAGS)) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemDto] });
  return withOperationConventions(withoutLoneAllOf(document));
}
