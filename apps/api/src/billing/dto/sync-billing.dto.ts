import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SyncBillingDto {
  @ApiPropertyOptional({ description: 'The `session_id` the Checkout success URL carries', example: 'cs_test_a1b2c3' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @Matches(/^cs_[A-Za-z0-9_]+$/, { message: 'must be a Stripe Checkout Session id (cs_…)' })
  sessionId?: string;
}
