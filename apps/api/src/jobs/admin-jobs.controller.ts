import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdminListingsQuery, JobImportService, JobListingsService } from '@app/jobs';
import { AdminRead } from '../http/admin-route.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Roles } from '../http/roles.decorator';
import { AdminListingPageDto } from './dto/admin-listing.dto';
import { CreateJobDto } from './dto/create-job.dto';
import { ListAdminJobsQueryDto } from './dto/list-admin-jobs-query.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { ImportJobsPipe } from './import-jobs.pipe';

/** Listings for admins; every change is recorded in the audit trail with the admin as its actor. */
@ApiTags('admin: jobs')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly listings: JobListingsService,
    private readonly importer: JobImportService,
    private readonly adminListings: AdminListingsQuery,
  ) {}

  @Get()
  @AdminRead('List every listing, any status, newest change first', AdminListingPageDto)
  list(@Query() query: ListAdminJobsQueryDto) {
    return this.adminListings.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a listing (a draft unless publish is true)' })
  create(@CurrentUser() admin: AuthUser, @Body() body: CreateJobDto) {
    return this.listings.create(admin, body);
  }

  @Post('import')
  @ApiOperation({ summary: 'Create many listings: all or nothing, errors name the row and field' })
  @ApiBody({ type: [CreateJobDto] })
  import(@CurrentUser() admin: AuthUser, @Body(ImportJobsPipe) rows: CreateJobDto[]) {
    return this.importer.import(admin, rows);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.listings.get(id);
  }

  @Patch(':id')
  update(@CurrentUser() admin: AuthUser, @Param('id') id: string, @Body() body: UpdateJobDto) {
    return this.listings.update(admin, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.remove(admin, id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.publish(admin, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    return this.listings.close(admin, id);
  }
}
