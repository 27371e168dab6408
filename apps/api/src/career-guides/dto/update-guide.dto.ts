import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateGuideDto } from './create-guide.dto';

/** A patch: given fields replace, `stats` and `skills` merge one level deep. `version` is the one you read. */
export class UpdateGuideDto extends PartialType(CreateGuideDto, { skipNullProperties: false }) {
  @ApiProperty({ example: 1, description: 'The version of the guide this edit is based on; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version: number;
}
