import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { HANDLE_PATTERN } from '@app/resumes';

export class ClaimHandleDto {
  @ApiProperty({ pattern: HANDLE_PATTERN.source, example: 'ada-lovelace', description: '3–30 of a–z, 0–9 and `-`; unique in any case' })
  @IsString()
  @Matches(HANDLE_PATTERN, { message: '$property must be 3–30 letters, digits or hyphens' })
  handle: string;
}
