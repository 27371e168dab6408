import { Controller, Get, Header, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { AuthUser, Role } from '@app/accounts';
import { JobSearchService } from '@app/jobs';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Public } from '../http/public.decorator';
import { FeedQueryDto } from './dto/feed-query.dto';
import { ListJobsQueryDto } from './dto/job-filters.dto';
import { JobSearchPageDto, ListingDetailDto } from './dto/listing-responses.dto';
import { toSearchCriteria } from './dto/to-search-criteria.util';

const SEARCH_TIMEOUT = { status: 503, description: 'The search took too long; narrow it' } as const;

@ApiTags('jobs')
@Public()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobSearchService) {}

  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @Operation(
    'searchJobs',
    'Search open job listings',
    'Published, unexpired listings; newest first, featured ones pinned on the first page.',
  )
  @ApiOkResponse({ type: JobSearchPageDto })
  @ApiProblems(SEARCH_TIMEOUT)
  list(@Query() query: ListJobsQueryDto, @CurrentUser() user?: AuthUser) {
    return this.jobs.listJson(toSearchCriteria(query), query.limit, query.cursor, user?.id);
  }

  @Get('feed.rss')
  @ApiProduces('application/rss+xml')
  @Header('content-type', 'application/rss+xml; charset=utf-8')
  @Operation('getJobsFeed', 'RSS 2.0 feed of the newest 50 matching listings')
  @ApiOkResponse({ description: 'An RSS 2.0 document', schema: { type: 'string' } })
  @ApiProblems(SEARCH_TIMEOUT)
  feed(@Query() query: FeedQueryDto, @Req() request: FastifyRequest) {
    return this.jobs.feed(toSearchCriteria(query), request.url);
  }

  @Get(':idOrSlug')
  @Operation(
    'getJob',
    'Read one listing by id or slug',
    'Closed and expired listings still answer, with their status; drafts only to admins.',
  )
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404)
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() user?: AuthUser) {
    return this.jobs.get(idOrSlug, user?.role === Role.Admin);
  }
}
