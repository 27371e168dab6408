import { ApiProperty } from '@nestjs/swagger';
import { AdminListingItem, LISTING_STATUSES, ListingStatus } from '@app/jobs';

class CompanyNameDto {
  @ApiProperty() name: string;
}

export class AdminListingItemDto implements AdminListingItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: CompanyNameDto }) company: CompanyNameDto;
  @ApiProperty({ enum: LISTING_STATUSES }) status: ListingStatus;
  @ApiProperty() featured: boolean;
  @ApiProperty({ description: 'Applications received, in any status' }) applications: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'The list is ordered by this, newest first' }) updatedAt: string;
}

export class AdminListingPageDto {
  @ApiProperty({ type: [AdminListingItemDto] }) items: AdminListingItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
