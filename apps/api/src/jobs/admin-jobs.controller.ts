import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdminListingsQuery, JobImportService, JobListingsService } from '@app/jobs';
import { AdminRead } from '../http/admin-route.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { AdminListingPageDto } from './dto/admin-listing.dto';
import { CreateJobDto } from './dto/create-job.dto';
import { JobImportResultDto, ListingDetailDto } from './dto/listing-responses.dto';
import { ListAdminJobsQueryDto } from './dto/list-admin-jobs-query.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { ImportJobsPipe } from './import-jobs.pipe';

/** Listings for admins; every change is recorded in the audit trail with the admin as its actor. */
@ApiTags('jobs')
@Roles(Role.Admin)
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly listings: JobListingsService,
    private readonly importer: JobImportService,
    private readonly adminListings: AdminListingsQuery,
  ) {}

  @Get()
  @AdminRead('listAdminJobs', 'List every listing, any status, newest change first', AdminListingPageDto)
  list(@Query() query: ListAdminJobsQueryDto) {
    return this.adminListings.list(query);
  }

  @Post()
  @Operation('createJob', 'Create a listing (a draft, or published at once with `publish`)')
  @Created(ListingDetailDto, { location: '/v1/admin/jobs/{id}' })
  create(@CurrentUser() admin: AuthUser, @Body() body: CreateJobDto) {
    return this.listings.create(admin, body);
  }

  @Post('import')
  @Operation('importJobs', 'Create many listings at once: all of them, or none', 'A refused row is named in `errors` as `[index].field`.')
  @ApiBody({ type: [CreateJobDto] })
  @Created(JobImportResultDto)
  import(@CurrentUser() admin: AuthUser, @Body(ImportJobsPipe) rows: CreateJobDto[]) {
    return this.importer.import(admin, rows);
  }

  @Get(':id')
  @Operation('getJobForAdmin', 'Read any listing, drafts included')
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404)
  get(@Param('id') id: string) {
    return this.listings.get(id);
  }

  @Patch(':id')
  @Operation('updateJob', "Change a listing's fields")
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404)
  update(@CurrentUser() admin: AuthUser, @Param('id') id: string, @Body() body: UpdateJobDto) {
    return this.listings.update(admin, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteJob', 'Delete a listing')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404)
  remove(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.remove(admin, id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Operation('publishJob', 'Publish (or republish) a listing', 'Renews publishedAt and expiresAt; firstPublishedAt is set only once.')
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404)
  publish(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.publish(admin, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Operation('closeJob', 'Close a published listing')
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404, { status: 422, description: 'A draft cannot be closed; delete it instead' })
  close(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.close(admin, id);
  }
}
