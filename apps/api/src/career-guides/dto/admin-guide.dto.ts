import { ApiProperty } from '@nestjs/swagger';
import { AdminGuideItem, GUIDE_STATUSES, GuideStatus } from '@app/career-guides';

export class AdminGuideItemDto implements AdminGuideItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: GUIDE_STATUSES }) status: GuideStatus;
  @ApiProperty({ type: String, nullable: true }) jobCategory: string | null;
  @ApiProperty({ description: 'Send it back with an edit (optimistic concurrency)' }) version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'The list is ordered by this, newest first' }) updatedAt: string;
}

export class AdminGuidePageDto {
  @ApiProperty({ type: [AdminGuideItemDto] }) items: AdminGuideItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
