import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationResumesService } from '@app/resumes';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { JobIdParam } from './dto/application-params.dto';
import { ApplyDto } from './dto/apply.dto';
import { SubmittedApplicationDto } from './dto/application-responses.dto';

@ApiTags('applications')
@Roles(Role.Seeker)
@Controller('jobs')
export class JobApplicationsController {
  constructor(private readonly applications: ApplicationResumesService) {}

  @Post(':id/applications')
  @Operation('applyToJob', 'Apply to a listing', 'External listings record the application and answer their `applyUrl`.')
  @Created(SubmittedApplicationDto, { location: '/v1/me/applications/{id}' })
  @ApiProblems(
    { status: 404, description: 'No such listing, or a draft' },
    { status: 409, description: 'Already applied, or the listing is closed or expired' },
    { status: 422, description: '`attachResume` without a saved resume' },
  )
  apply(@CurrentUser() user: AuthUser, @Param() params: JobIdParam, @Body() { attachResume, ...body }: ApplyDto) {
    return this.applications.apply(user.id, params.id, body, attachResume ?? false);
  }
}
