import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from '@app/common';
import { BookmarksPersonalDataSource } from './bookmarks-personal-data.source';
import { BookmarksRepository } from './bookmarks.repository';
import { BookmarksService } from './bookmarks.service';
import { JobBookmark } from './job-bookmark.entity';

/** Seekers' saved listings (api only). */
@Module({
  imports: [TypeOrmModule.forFeature([JobBookmark])],
  providers: [BookmarksRepository, BookmarksService, BookmarksPersonalDataSource, { provide: Clock, useClass: SystemClock }],
  exports: [BookmarksService],
})
export class BookmarksModule {}
