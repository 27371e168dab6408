import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationsService } from '@app/jobs';
import { CurrentUser } from '../http/current-user.decorator';
import { Roles } from '../http/roles.decorator';
import { JobIdParam } from './dto/application-params.dto';
import { ApplyDto } from './dto/apply.dto';
import { SubmittedApplicationDto } from './dto/application-responses.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Roles(Role.Seeker)
@Controller('jobs')
export class JobApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post(':id/applications')
  @ApiCreatedResponse({ type: SubmittedApplicationDto, description: 'Second apply → 409; closed or expired → 409; draft or unknown → 404' })
  apply(@CurrentUser() user: AuthUser, @Param() params: JobIdParam, @Body() body: ApplyDto) {
    return this.applications.apply(user.id, params.id, body);
  }
}
