import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { CareerGuidesReaderService } from '@app/career-guides';
import { CurrentUser } from '../http/current-user.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Public } from '../http/public.decorator';
import { GuideSlugParam } from './dto/guide-params.dto';
import { GuideJobsPageDto, GuidePageDto, GuideViewDto } from './dto/guide-view.dto';
import { ListGuidesQueryDto } from './dto/list-guides-query.dto';

@ApiTags('guides')
@Public()
@Controller('guides')
export class GuidesController {
  constructor(private readonly guides: CareerGuidesReaderService) {}

  @Get()
  @ApiOkResponse({ type: GuidePageDto, description: 'Published guides: newest first, or ranked by relevance with q' })
  list(@Query() query: ListGuidesQueryDto) {
    return this.guides.list(query);
  }

  @Get(':slug')
  @ApiOkResponse({ type: GuideViewDto, description: 'A published guide (admins also see drafts)' })
  get(@Param() params: GuideSlugParam, @CurrentUser() viewer?: AuthUser) {
    return this.guides.getBySlug(params.slug, viewer);
  }

  @Get(':slug/jobs')
  @ApiOkResponse({ type: GuideJobsPageDto, description: "Open job listings in the guide's category and tags" })
  jobs(@Param() params: GuideSlugParam, @Query() page: PageQueryDto, @CurrentUser() viewer?: AuthUser) {
    return this.guides.openJobs(params.slug, viewer, page);
  }
}
