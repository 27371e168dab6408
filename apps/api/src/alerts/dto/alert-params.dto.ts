import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { ALERT_FREQUENCIES, AlertFrequency } from '@app/alerts';

export class AlertIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The signed token from the alert mail' })
  @IsString()
  @MaxLength(2048)
  token: string;
}

export class StartAlertRunDto {
  @ApiProperty({ enum: ALERT_FREQUENCIES })
  @IsIn(ALERT_FREQUENCIES)
  frequency: AlertFrequency;
}
