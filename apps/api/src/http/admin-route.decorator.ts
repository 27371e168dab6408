import { applyDecorators, Type } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { Operation } from './operation.decorator';

/**
 * An admin list or read: its operationId, summary and answer. The 400 (bad parameter or foreign cursor), 401
 * and 403 come from the document's conventions and `@Roles(Role.Admin)`.
 */
export function AdminRead(operationId: string, summary: string, type: Type<unknown>, description?: string): MethodDecorator {
  return applyDecorators(Operation(operationId, summary, description), ApiOkResponse({ type }));
}
