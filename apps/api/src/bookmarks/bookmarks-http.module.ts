import { Module } from '@nestjs/common';
import { BookmarksModule } from '@app/jobs';
import { BookmarksController } from './bookmarks.controller';

@Module({
  imports: [BookmarksModule],
  controllers: [BookmarksController],
})
export class BookmarksHttpModule {}
