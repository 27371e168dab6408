import { ApiProperty } from '@nestjs/swagger';
import { MeView, Plan, Role } from '@app/accounts';

export class EntitlementsDto {
  @ApiProperty({ enum: ['daily', 'weekly'], isArray: true }) alertFrequencies: Array<'daily' | 'weekly'>;
  @ApiProperty({ type: 'integer' }) maxAlerts: number;
  @ApiProperty() featuredResume: boolean;
  @ApiProperty() customResumeUrl: boolean;
}

export class MeDto implements MeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ example: 'UTC' }) timezone: string;
  @ApiProperty({ enum: ['free', 'plus'] }) plan: Plan;
  @ApiProperty({ description: 'Whether ads are shown to this user' }) ads: boolean;
  @ApiProperty({ type: EntitlementsDto }) entitlements: EntitlementsDto;
}

export class PersonalDataExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({
    description: 'One entry per module holding personal data (account, applications, …)',
    type: 'object',
    additionalProperties: true,
  })
  sections: Record<string, unknown>;
}
