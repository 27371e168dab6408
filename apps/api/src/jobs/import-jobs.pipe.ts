import { Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { flattenValidationErrors, VALIDATOR_OPTIONS } from '../http/validation.pipe';
import { CreateJobDto } from './dto/create-job.dto';

export const MAX_IMPORT_ROWS = 1000;

/** Validates a JSON array of listings; errors name the row and field (`[3].salaryMin`). Unknown fields are rejected. */
@Injectable()
export class ImportJobsPipe implements PipeTransform<unknown, Promise<CreateJobDto[]>> {
  async transform(body: unknown): Promise<CreateJobDto[]> {
    if (!Array.isArray(body) || body.length === 0 || body.length > MAX_IMPORT_ROWS) {
      throw DomainError.badInput('body', `must be a JSON array of 1 to ${MAX_IMPORT_ROWS} listings`);
    }
    const rows = body.map((row) => plainToInstance(CreateJobDto, row));
    const errors: FieldError[] = [];
    for (const [index, row] of rows.entries()) {
      if (typeof body[index] !== 'object' || body[index] === null || Array.isArray(body[index])) {
        errors.push({ field: `[${index}]`, message: 'must be an object' });
        continue;
      }
      const found = await validate(row, VALIDATOR_OPTIONS);
      errors.push(...flattenValidationErrors(found, `[${index}]`));
    }
    if (errors.length > 0) throw new DomainError(ErrorCode.BadInput, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    return rows;
  }
}
