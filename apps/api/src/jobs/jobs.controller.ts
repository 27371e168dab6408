import { Controller, Get, Header, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { AuthUser, Role } from '@app/accounts';
import { JobSearchService } from '@app/jobs';
import { CurrentUser } from '../http/current-user.decorator';
import { Public } from '../http/public.decorator';
import { FeedQueryDto } from './dto/feed-query.dto';
import { ListJobsQueryDto } from './dto/job-filters.dto';
import { toSearchCriteria } from './dto/to-search-criteria.util';

@ApiTags('jobs')
@Public()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobSearchService) {}

  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ description: '{ items, nextCursor, ads }: open listings, newest first, featured pinned first' })
  list(@Query() query: ListJobsQueryDto, @CurrentUser() user?: AuthUser) {
    return this.jobs.listJson(toSearchCriteria(query), query.limit, query.cursor, user?.id);
  }

  @Get('feed.rss')
  @ApiProduces('application/rss+xml')
  @Header('content-type', 'application/rss+xml; charset=utf-8')
  feed(@Query() query: FeedQueryDto, @Req() request: FastifyRequest) {
    return this.jobs.feed(toSearchCriteria(query), request.url);
  }

  @Get(':idOrSlug')
  @ApiOkResponse({ description: 'One listing with jsonLd (schema.org JobPosting) while it is open' })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() user?: AuthUser) {
    return this.jobs.get(idOrSlug, user?.role === Role.Admin);
  }
}
