import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationReviewService } from '@app/jobs';
import { ApplicationResumesService } from '@app/resumes';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ApplicationIdParam, JobIdParam } from './dto/application-params.dto';
import { ReviewedApplicationDto, ReviewedApplicationPageDto } from './dto/application-responses.dto';
import { ChangeApplicationStatusDto } from './dto/change-application-status.dto';
import { withAttachedResumes } from './with-attached-resumes.util';

@ApiTags('applications')
@Roles(Role.Admin)
@Controller('admin')
export class AdminApplicationsController {
  constructor(
    private readonly review: ApplicationReviewService,
    private readonly attached: ApplicationResumesService,
  ) {}

  @Get('jobs/:id/applications')
  @Operation('listJobApplications', "List a listing's applications, newest first")
  @ApiOkResponse({ type: ReviewedApplicationPageDto })
  @ApiProblems(404)
  async list(@Param() params: JobIdParam, @Query() query: PageQueryDto) {
    const page = await this.review.listForListing(params.id, query);
    return { ...page, items: await withAttachedResumes(this.attached, page.items) };
  }

  @Patch('applications/:id')
  @Operation(
    'changeApplicationStatus',
    'Move an application along the pipeline',
    '`hired` closes the listing; the seeker is mailed on a change.',
  )
  @ApiOkResponse({ type: ReviewedApplicationDto })
  @ApiProblems(404, { status: 422, description: 'Not a legal move from the current status' })
  async changeStatus(@CurrentUser() admin: AuthUser, @Param() params: ApplicationIdParam, @Body() body: ChangeApplicationStatusDto) {
    const [application] = await withAttachedResumes(this.attached, [await this.review.changeStatus(admin, params.id, body.status)]);
    return application;
  }
}
