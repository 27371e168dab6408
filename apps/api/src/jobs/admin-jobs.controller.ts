import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { JobImportService, JobListingsService } from '@app/jobs';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { CreateJobDto } from './dto/create-job.dto';
import { JobImportResultDto, ListingDetailDto } from './dto/listing-responses.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { ImportJobsPipe } from './import-jobs.pipe';

@ApiTags('jobs')
@Roles(Role.Admin)
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly listings: JobListingsService,
    private readonly importer: JobImportService,
  ) {}

  @Post()
  @Operation('createJob', 'Create a listing (a draft, or published at once with `publish`)')
  @Created(ListingDetailDto, { location: '/v1/admin/jobs/{id}' })
  create(@Body() body: CreateJobDto) {
    return this.listings.create(body);
  }

  @Post('import')
  @Operation('importJobs', 'Create many listings at once: all of them, or none', 'A refused row is named in `errors` as `[index].field`.')
  @ApiBody({ type: [CreateJobDto] })
  @Created(JobImportResultDto)
  import(@Body(ImportJobsPipe) rows: CreateJobDto[]) {
    return this.importer.import(rows);
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
  update(@Param('id') id: string, @Body() body: UpdateJobDto) {
    return this.listings.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteJob', 'Delete a listing')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404)
  remove(@Param('id') id: string) {
    return this.listings.remove(id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Operation('publishJob', 'Publish (or republish) a listing', 'Renews publishedAt and expiresAt; firstPublishedAt is set only once.')
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404)
  publish(@Param('id') id: string) {
    return this.listings.publish(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Operation('closeJob', 'Close a published listing')
  @ApiOkResponse({ type: ListingDetailDto })
  @ApiProblems(404, { status: 422, description: 'A draft cannot be closed; delete it instead' })
  close(@Param('id') id: string) {
    return this.listings.close(id);
  }
}
