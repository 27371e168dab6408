import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { BookmarksService } from '@app/jobs';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { BookmarkParams } from './dto/bookmark-params.dto';
import { BookmarkPageDto } from './dto/bookmark-responses.dto';

@ApiTags('bookmarks')
@Roles(Role.Seeker)
@Controller('me/bookmarks')
export class BookmarksController {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Get()
  @Operation('listBookmarks', 'List own bookmarks, newest first, each with its listing')
  @ApiOkResponse({ type: BookmarkPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.bookmarks.list(user.id, query);
  }

  @Put(':jobId')
  @HttpCode(204)
  @Operation('addBookmark', 'Bookmark a listing (idempotent)')
  @ApiNoContentResponse({ description: 'Bookmarked' })
  @ApiProblems({ status: 404, description: 'No such listing, or a draft' })
  add(@CurrentUser() user: AuthUser, @Param() params: BookmarkParams) {
    return this.bookmarks.add(user.id, params.jobId);
  }

  @Delete(':jobId')
  @HttpCode(204)
  @Operation('removeBookmark', 'Remove a bookmark (idempotent)')
  @ApiNoContentResponse({ description: 'Not bookmarked (any more)' })
  remove(@CurrentUser() user: AuthUser, @Param() params: BookmarkParams) {
    return this.bookmarks.remove(user.id, params.jobId);
  }
}
