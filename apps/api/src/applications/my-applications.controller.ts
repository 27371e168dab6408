import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationsService } from '@app/jobs';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ApplicationIdParam } from './dto/application-params.dto';
import { ApplicationDto, ApplicationPageDto } from './dto/application-responses.dto';

@ApiTags('applications')
@Roles(Role.Seeker)
@Controller('me/applications')
export class MyApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @Operation('listMyApplications', 'List own applications, newest first', 'Withdrawn ones included.')
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.applications.listOwn(user.id, query);
  }

  @Get(':id')
  @Operation('getMyApplication', 'Read one own application')
  @ApiOkResponse({ type: ApplicationDto })
  @ApiProblems(404)
  get(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParam) {
    return this.applications.getOwn(user.id, params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation(
    'withdrawApplication',
    'Withdraw an own application',
    'It stays in the tracker with status `withdrawn`; withdrawing again is a no-op.',
  )
  @ApiNoContentResponse({ description: 'Withdrawn' })
  @ApiProblems(404, { status: 422, description: 'The application is already hired or rejected' })
  withdraw(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParam) {
    return this.applications.withdraw(user.id, params.id);
  }
}
