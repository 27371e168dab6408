import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class JobIdParam {
  @ApiProperty({ format: 'uuid', description: 'The job listing id' })
  @IsUUID()
  id: string;
}

export class ApplicationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
