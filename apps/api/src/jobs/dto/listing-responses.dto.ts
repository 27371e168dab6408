import { ApiProperty } from '@nestjs/swagger';
import { ListingDetail } from '@app/jobs';
import { ListingItemDto } from './listing-item.dto';

/** One listing with its description: what GET /v1/jobs/{idOrSlug} answers, and the admin routes (drafts included). */
export class ListingDetailDto extends ListingItemDto implements ListingDetail {
  @ApiProperty({ description: 'Markdown as written' }) description: string;
  @ApiProperty({ description: 'The description rendered to sanitized HTML' }) descriptionHtml: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'schema.org JobPosting to embed in a page, while the listing is open; otherwise null',
  })
  jsonLd: Record<string, unknown> | null;
}

export class JobSearchPageDto {
  @ApiProperty({ type: [ListingItemDto], description: 'Open listings, newest first; featured ones pinned on the first page' })
  items: ListingItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'The cursor of the next page; null on the last' }) nextCursor: string | null;
  @ApiProperty({ description: 'Whether to show ads: true for anonymous visitors and Free users, false on Plus' }) ads: boolean;
}

export class JobImportResultDto {
  @ApiProperty({ type: 'integer', example: 2 }) count: number;
  @ApiProperty({ type: [ListingDetailDto], description: 'The created listings, in the order of the rows' }) items: ListingDetailDto[];
}
