import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ResumeIdOrHandleParam {
  @ApiProperty({ description: 'The resume id, or its owner’s handle (answers while the owner is Plus)', maxLength: 36 })
  @IsString()
  @MaxLength(36)
  idOrHandle: string;
}
