import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_FREQUENCIES, AlertFrequency, AlertRunStatus, AlertRunView, AlertView } from '@app/alerts';
import { AlertCriteriaDto } from './alert-criteria.dto';

export class AlertDto implements AlertView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: AlertFrequency;
  @ApiProperty({
    enum: ALERT_FREQUENCIES,
    description: 'How it is served under the current plan (daily alerts of a Free user go out weekly)',
  })
  servedAs: AlertFrequency;
  @ApiProperty({ type: AlertCriteriaDto }) criteria: AlertCriteriaDto;
  @ApiProperty() paused: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastDigestAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AlertPageDto {
  @ApiProperty({ type: [AlertDto] }) items: AlertDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

class CompanyNameDto {
  @ApiProperty() name: string;
}

export class PreviewListingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: CompanyNameDto }) company: CompanyNameDto;
  @ApiProperty({ type: [String] }) regions: string[];
  @ApiProperty() employmentType: string;
  @ApiProperty() remote: boolean;
  @ApiProperty({ type: Number, nullable: true }) salaryMin: number | null;
  @ApiProperty({ type: Number, nullable: true }) salaryMax: number | null;
  @ApiProperty({ type: String, nullable: true }) salaryCurrency: string | null;
  @ApiProperty({ type: String, nullable: true }) salaryPeriod: string | null;
  @ApiProperty({ example: 'USD 100,000–130,000 / year' }) salary: string;
  @ApiProperty({ format: 'date-time' }) firstPublishedAt: string;
  @ApiProperty() url: string;
}

export class AlertPreviewDto {
  @ApiProperty({ type: [PreviewListingDto], description: 'At most 20, newest first' }) items: PreviewListingDto[];
  @ApiProperty({ description: 'Further matches the digest would count as "N more"' }) more: number;
}

class UnsubscribeAlertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: AlertFrequency;
  @ApiProperty({ type: AlertCriteriaDto }) criteria: AlertCriteriaDto;
  @ApiProperty() paused: boolean;
}

class UnsubscribeConfirmDto {
  @ApiProperty({ enum: ['POST'] }) method: 'POST';
  @ApiProperty() effect: string;
}

export class UnsubscribeDto {
  @ApiProperty({ type: [UnsubscribeAlertDto] }) alerts: UnsubscribeAlertDto[];
  @ApiProperty({ type: UnsubscribeConfirmDto }) confirm: UnsubscribeConfirmDto;
}

export class AlertRunIdDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class AlertRunDto implements AlertRunView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: AlertFrequency;
  @ApiProperty({ enum: ['schedule', 'admin'] }) trigger: 'schedule' | 'admin';
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: AlertRunStatus;
  @ApiProperty({ description: 'Subscribers with at least one alert served in this run' }) subscribers: number;
  @ApiProperty({ description: 'Digests built with at least one listing' }) digests: number;
  @ApiProperty() emailsSent: number;
  @ApiProperty({ description: 'Digests whose mail failed on every attempt, plus subscribers of batches that failed' }) failed: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AlertRunPageDto {
  @ApiProperty({ type: [AlertRunDto] }) items: AlertRunDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
