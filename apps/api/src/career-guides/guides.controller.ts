import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { CareerGuidesReaderService } from '@app/career-guides';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Public } from '../http/public.decorator';
import { GuideSlugParam } from './dto/guide-params.dto';
import { GuideJobsPageDto, GuidePageDto, GuideViewDto } from './dto/guide-view.dto';
import { ListGuidesQueryDto } from './dto/list-guides-query.dto';

@ApiTags('career-guides')
@Public()
@Controller('guides')
export class GuidesController {
  constructor(private readonly guides: CareerGuidesReaderService) {}

  @Get()
  @Operation('listGuides', 'List published career guides', 'Newest first, or ranked by relevance with `q`.')
  @ApiOkResponse({ type: GuidePageDto })
  list(@Query() query: ListGuidesQueryDto) {
    return this.guides.list(query);
  }

  @Get(':slug')
  @Operation('getGuide', 'Read a published career guide', 'Admins also see drafts.')
  @ApiOkResponse({ type: GuideViewDto })
  @ApiProblems(404)
  get(@Param() params: GuideSlugParam, @CurrentUser() viewer?: AuthUser) {
    return this.guides.getBySlug(params.slug, viewer);
  }

  @Get(':slug/jobs')
  @Operation('listGuideJobs', "List the open listings of a guide's category (or tags)")
  @ApiOkResponse({ type: GuideJobsPageDto })
  @ApiProblems(404, { status: 503, description: 'The search took too long' })
  jobs(@Param() params: GuideSlugParam, @Query() page: PageQueryDto, @CurrentUser() viewer?: AuthUser) {
    return this.guides.openJobs(params.slug, viewer, page);
  }
}
