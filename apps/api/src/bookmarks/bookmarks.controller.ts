import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { BookmarksService } from '@app/jobs';
import { CurrentUser } from '../http/current-user.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { BookmarkParams } from './dto/bookmark-params.dto';
import { BookmarkPageDto } from './dto/bookmark-responses.dto';

@ApiTags('bookmarks')
@ApiBearerAuth()
@Roles(Role.Seeker)
@Controller('me/bookmarks')
export class BookmarksController {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Get()
  @ApiOkResponse({ type: BookmarkPageDto, description: 'Own bookmarks, newest first, with the listing embedded' })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.bookmarks.list(user.id, query);
  }

  @Put(':jobId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Idempotent; a draft or unknown listing → 404' })
  add(@CurrentUser() user: AuthUser, @Param() params: BookmarkParams) {
    return this.bookmarks.add(user.id, params.jobId);
  }

  @Delete(':jobId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Idempotent' })
  remove(@CurrentUser() user: AuthUser, @Param() params: BookmarkParams) {
    return this.bookmarks.remove(user.id, params.jobId);
  }
}
