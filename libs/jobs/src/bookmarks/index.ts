export * from './bookmark-view';
export * from './bookmarks.module';
export * from './bookmarks.service';
export * from './job-bookmark.entity';
