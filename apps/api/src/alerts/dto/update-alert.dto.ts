import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ALERT_FREQUENCIES, AlertFrequency } from '@app/alerts';
import { AlertCriteriaDto } from './alert-criteria.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateAlertDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: ALERT_FREQUENCIES, description: '`daily` needs the Plus plan' })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES)
  frequency?: AlertFrequency;

  @ApiPropertyOptional({ type: AlertCriteriaDto, description: 'Replaces the criteria as a whole' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AlertCriteriaDto)
  criteria?: AlertCriteriaDto;

  @ApiPropertyOptional({ description: 'A paused alert is not mailed; resuming it looks one period back' })
  @IsOptional()
  @IsBoolean()
  paused?: boolean;
}
