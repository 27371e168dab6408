import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ALERT_FREQUENCIES, AlertFrequency } from '@app/alerts';
import { AlertCriteriaDto } from './alert-criteria.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateAlertDto {
  @ApiProperty({ example: 'Remote Go jobs', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ALERT_FREQUENCIES, description: '`daily` needs the Plus plan' })
  @IsIn(ALERT_FREQUENCIES)
  frequency: AlertFrequency;

  @ApiProperty({ type: AlertCriteriaDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AlertCriteriaDto)
  criteria: AlertCriteriaDto;
}
