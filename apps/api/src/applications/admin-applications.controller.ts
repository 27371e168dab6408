import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { CurrentUser } from '../http/current-user.decorator';
import { ApplicationReviewService } from '@app/jobs';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ApplicationIdParam, JobIdParam } from './dto/application-params.dto';
import { ReviewedApplicationDto, ReviewedApplicationPageDto } from './dto/application-responses.dto';
import { ChangeApplicationStatusDto } from './dto/change-application-status.dto';

@ApiTags('admin: applications')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin')
export class AdminApplicationsController {
  constructor(private readonly review: ApplicationReviewService) {}

  @Get('jobs/:id/applications')
  @ApiOkResponse({ type: ReviewedApplicationPageDto, description: "A listing's applications, newest first" })
  list(@Param() params: JobIdParam, @Query() query: PageQueryDto) {
    return this.review.listForListing(params.id, query);
  }

  @Patch('applications/:id')
  @ApiOkResponse({
    type: ReviewedApplicationDto,
    description: 'Illegal move → 422; `hired` closes the listing; the seeker is mailed on a change',
  })
  changeStatus(@CurrentUser() admin: AuthUser, @Param() params: ApplicationIdParam, @Body() body: ChangeApplicationStatusDto) {
    return this.review.changeStatus(admin, params.id, body.status);
  }
}
