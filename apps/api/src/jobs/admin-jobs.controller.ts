import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { JobImportService, JobListingsService } from '@app/jobs';
import { Roles } from '../http/roles.decorator';
import { CreateJobDto } from './dto/create-job.dto';
import { UpdateJobDto } from './dto/update-job.dto';
import { ImportJobsPipe } from './import-jobs.pipe';

@ApiTags('admin: jobs')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly listings: JobListingsService,
    private readonly importer: JobImportService,
  ) {}

  @Post()
  create(@Body() body: CreateJobDto) {
    return this.listings.create(body);
  }

  @Post('import')
  @ApiBody({ type: [CreateJobDto] })
  import(@Body(ImportJobsPipe) rows: CreateJobDto[]) {
    return this.importer.import(rows);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.listings.get(id);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: UpdateJobDto) {
    return this.listings.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string) {
    return this.listings.remove(id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@Param('id') id: string) {
    return this.listings.publish(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@Param('id') id: string) {
    return this.listings.close(id);
  }
}
