import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { problemResponse, ProblemStatus } from './problem-responses';

export type ProblemSpec = ProblemStatus | { status: ProblemStatus; description: string };

/**
 * Documents the error statuses a route answers beyond the standard ones (see withStandardProblems):
 * `@ApiProblems(404, { status: 403, description: 'Daily alerts need Plus' })`.
 */
export const ApiProblems = (...problems: ProblemSpec[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ...problems.map((problem) => {
      const { status, description } = typeof problem === 'number' ? { status: problem, description: undefined } : problem;
      return ApiResponse({ status, ...problemResponse(status, description) });
    }),
  );
