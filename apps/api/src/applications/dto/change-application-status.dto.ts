import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { APPLICATION_STATUSES, ApplicationStatus } from '@app/jobs';

export class ChangeApplicationStatusDto {
  @ApiProperty({
    enum: APPLICATION_STATUSES,
    description:
      'submitted → reviewing → interviewing → offered → hired one step at a time, or rejected from any open state; other moves → 422',
  })
  @IsIn(APPLICATION_STATUSES)
  status: ApplicationStatus;
}
