import { getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The error statuses of SPEC §4 (plus 415 and 500), each with what it means on any route. */
export const PROBLEM_DESCRIPTIONS = {
  400: 'Bad input: a field is missing, malformed or unknown (`errors` names each field)',
  401: 'No valid access token',
  403: 'The caller is not allowed to do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'The request body is larger than 1 MB',
  414: 'A path segment is longer than the server accepts',
  415: 'The request body has an unsupported content type',
  422: 'Refused by a business rule',
  429: 'Too many attempts; retry after `Retry-After` seconds',
  500: 'Unexpected error; `errorId` names it in the server logs',
  503: 'A dependency is down or not configured; try again later',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

/** A response object for one error status: the shared Problem schema under application/problem+json. */
export function problemResponse(status: ProblemStatus, description: string = PROBLEM_DESCRIPTIONS[status]) {
  return {
    description,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
    ...(status === 429
      ? {
          headers: {
            'Retry-After': {
              required: true,
              description: 'Seconds until a new attempt may succeed',
              schema: { type: 'integer', minimum: 1 },
            },
          },
        }
      : {}),
  };
}
