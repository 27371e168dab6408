import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationReviewService } from '@app/jobs';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ApplicationIdParam, JobIdParam } from './dto/application-params.dto';
import { ReviewedApplicationDto, ReviewedApplicationPageDto } from './dto/application-responses.dto';
import { ChangeApplicationStatusDto } from './dto/change-application-status.dto';

@ApiTags('applications')
@Roles(Role.Admin)
@Controller('admin')
export class AdminApplicationsController {
  constructor(private readonly review: ApplicationReviewService) {}

  @Get('jobs/:id/applications')
  @Operation('listJobApplications', "List a listing's applications, newest first")
  @ApiOkResponse({ type: ReviewedApplicationPageDto })
  @ApiProblems(404)
  list(@Param() params: JobIdParam, @Query() query: PageQueryDto) {
    return this.review.listForListing(params.id, query);
  }

  @Patch('applications/:id')
  @Operation(
    'changeApplicationStatus',
    'Move an application along the pipeline',
    '`hired` closes the listing; the seeker is mailed on a change.',
  )
  @ApiOkResponse({ type: ReviewedApplicationDto })
  @ApiProblems(404, { status: 422, description: 'Not a legal move from the current status' })
  changeStatus(@CurrentUser() admin: AuthUser, @Param() params: ApplicationIdParam, @Body() body: ChangeApplicationStatusDto) {
    return this.review.changeStatus(admin, params.id, body.status);
  }
}
