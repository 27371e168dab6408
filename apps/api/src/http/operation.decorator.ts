import { ApiOperation } from '@nestjs/swagger';

/**
 * Names a route in the OpenAPI document: a stable camelCase `operationId` (generated clients call it by
 * this name, so it never changes with a refactor) and a one-line summary.
 */
export const Operation = (operationId: string, summary: string, description?: string): MethodDecorator =>
  ApiOperation({ operationId, summary, ...(description ? { description } : {}) });
