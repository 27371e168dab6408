import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIanaTimeZone } from './is-iana-time-zone.decorator';
import { Trim } from '../../http/trim.transform';

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Ada Lovelace', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone (alerts are sent at local time)' })
  @IsOptional()
  @IsIanaTimeZone()
  timezone?: string;
}
