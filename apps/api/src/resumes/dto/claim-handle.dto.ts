import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The form of a handle is the service's check (after the reserved words), so the two answer in a fixed order. */
export class ClaimHandleDto {
  @ApiProperty({
    example: 'ada-lovelace',
    description: '3–30 of a–z, 0–9 and `-` (400 otherwise); unique in any case; reserved words (admin, api, me, …) are refused with 422',
  })
  @IsString()
  @MaxLength(100)
  handle: string;
}
