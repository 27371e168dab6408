import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class BookmarkParams {
  @ApiProperty({ format: 'uuid', description: 'The job listing id' })
  @IsUUID()
  jobId: string;
}
