import { ApiProperty } from '@nestjs/swagger';
import { BookmarkView } from '@app/jobs';
import { ListingItemDto } from '../../jobs/dto/listing-item.dto';

export class BookmarkDto implements BookmarkView {
  @ApiProperty({ format: 'date-time' }) bookmarkedAt: string;
  @ApiProperty({ type: ListingItemDto }) listing: ListingItemDto;
}

export class BookmarkPageDto {
  @ApiProperty({ type: [BookmarkDto] }) items: BookmarkDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
