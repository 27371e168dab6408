import { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse, ProblemStatus } from '../http/problem-responses';
import { operationsOf, Operation } from './operations-of.util';

type Parameter = NonNullable<Operation['parameters']>[number];

/** Every query and path parameter is checked: unknown query parameters, control characters, bad encoding → 400. */
function isValidated(parameter: Parameter): boolean {
  return 'in' in parameter && (parameter.in === 'query' || parameter.in === 'path');
}

const inPath = (parameter: Parameter): boolean => 'in' in parameter && parameter.in === 'path';

/** The errors an operation can answer by how it is built, so no route has to remember them. */
function standardProblems(operation: Operation): ProblemStatus[] {
  const needsToken = (operation.security ?? []).length > 0;
  return [
    ...(operation.requestBody || (operation.parameters ?? []).some(isValidated) ? [400 as const] : []),
    ...(needsToken ? [401 as const] : []),
    ...((operation.parameters ?? []).some(inPath) ? [414 as const] : []),
    ...(operation.requestBody ? [413 as const, 415 as const] : []),
    500,
    503, // Postgres unreachable: a route that reads it answers 503 (the JWT guard re-reads the user)
  ];
}

const SUCCESS_DESCRIPTIONS: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/**
 * States on every operation what holds for all of them: its security (the bearer token unless the route is
 * `@Public()`), a description of its success, and the standard problems — 400 when it takes a body, a query
 * or a path parameter, 414 for an over-long path segment, 401 when it needs a token, 413/415 for a body, 500 and 503 always. What a route
 * declares itself wins.
 */
export function withOperationConventions(document: OpenAPIObject): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    operation.security ??= document.security ?? [];
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response && 'description' in response && !response.description) response.description = SUCCESS_DESCRIPTIONS[status] ?? status;
    }
    for (const status of standardProblems(operation)) operation.responses[status] ??= problemResponse(status);
  }
  return document;
}
