import { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '@app/common';

/** An id in a page's path: anything that is not a uuid names nothing, so it is the 404 page (never a query). */
export class PageIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly what: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) throw DomainError.notFound(this.what);
    return value;
  }
}
