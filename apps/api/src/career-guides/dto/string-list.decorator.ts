import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from './optional.decorator';

/** An optional list of non-empty strings, bounded in count and length. */
export function StringList(maxItems: number, maxLength: number, example?: string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems, example }),
    Optional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  );
}
