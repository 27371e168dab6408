import { ApiProperty } from '@nestjs/swagger';
import { BillingPlan, SubscriptionSummary } from '@app/billing';

export class RedirectUrlDto {
  @ApiProperty({ description: 'Where to send the browser (Stripe-hosted page)' }) url: string;
}

export class SubscriptionSummaryDto implements SubscriptionSummary {
  @ApiProperty({ enum: ['free', 'plus'] }) plan: 'free' | 'plus';
  @ApiProperty({ type: String, nullable: true, example: 'active', description: 'Stripe subscription status; null without one' })
  status: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) currentPeriodEnd: string | null;
  @ApiProperty() cancelAtPeriodEnd: boolean;
}

export class PlanFeaturesDto {
  @ApiProperty({ enum: ['daily', 'weekly'], isArray: true }) alertFrequencies: Array<'daily' | 'weekly'>;
  @ApiProperty({ type: 'integer' }) maxAlerts: number;
  @ApiProperty() ads: boolean;
  @ApiProperty() featuredResume: boolean;
  @ApiProperty() customResumeUrl: boolean;
  @ApiProperty({ description: 'A personal career consultant (threads at /v1/me/consultations)' }) careerConsultant: boolean;
  @ApiProperty({ description: 'Job advice: open listings ranked for the resume and alerts, with a skill gap (/v1/me/advice)' })
  jobAdvice: boolean;
}

export class BillingPlanDto implements BillingPlan {
  @ApiProperty({ enum: ['free', 'plus'] }) id: 'free' | 'plus';
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Major units of the currency', example: 8 }) price: number;
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ enum: ['month', null], nullable: true, description: 'null for the free plan' }) interval: 'month' | null;
  @ApiProperty({ type: PlanFeaturesDto }) features: PlanFeaturesDto;
}

export class BillingPlansDto {
  @ApiProperty({ type: BillingPlanDto, isArray: true }) items: BillingPlanDto[];
}

export class WebhookReceivedDto {
  @ApiProperty({ enum: [true] }) received: true;
}
