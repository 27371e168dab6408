import { OmitType } from '@nestjs/swagger';
import { ListJobsQueryDto } from './job-filters.dto';

/** GET /v1/jobs/feed.rss: the list's filters; always the newest 50. */
export class FeedQueryDto extends OmitType(ListJobsQueryDto, ['limit', 'cursor'] as const) {}
