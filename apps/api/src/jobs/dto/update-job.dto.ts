import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateJobDto } from './create-job.dto';

/** Any subset of a listing's fields; publishing has its own route. */
export class UpdateJobDto extends PartialType(OmitType(CreateJobDto, ['publish'] as const)) {}
