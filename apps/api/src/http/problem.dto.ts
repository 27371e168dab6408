import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { FieldError } from '@app/common';
import { ProblemDetails } from './problem-details';

@ApiSchema({ name: 'FieldError', description: 'One refused input field' })
export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email', description: 'The field, as a path into the input: `email`, `criteria.tags[1]`, `[3].salaryMin`' })
  field: string;

  @ApiProperty({ example: 'must be an email' })
  message: string;
}

/** The body of every error (RFC 9457 problem details), served as application/problem+json. */
@ApiSchema({ name: 'Problem', description: 'An error (RFC 9457 problem details), served as application/problem+json' })
export class ProblemDto implements ProblemDetails {
  @ApiProperty({ example: 'urn:jobboard:problem:not-found', description: 'Identifies the kind of problem; stable across releases' })
  type: string;

  @ApiProperty({ example: 'Not Found', description: 'The reason phrase of the status' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 404 })
  status: number;

  @ApiProperty({ example: 'Job listing not found', description: 'What went wrong, for people; never internals' })
  detail: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Bad input: each refused field' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Unexpected errors: the id under which the error was logged' })
  errorId?: string;
}
