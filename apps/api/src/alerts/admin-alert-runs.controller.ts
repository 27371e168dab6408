import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AlertRunsService } from '@app/alerts';
import { AdminRead } from '../http/admin-route.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { AlertIdParam, StartAlertRunDto } from './dto/alert-params.dto';
import { AlertRunDto, AlertRunIdDto, AlertRunPageDto } from './dto/alert-responses.dto';

@ApiTags('alerts')
@Roles(Role.Admin)
@Controller('admin/alerts/runs')
export class AdminAlertRunsController {
  constructor(private readonly runs: AlertRunsService) {}

  @Get()
  @AdminRead('listAlertRuns', 'List alert runs, newest first, with their counters', AlertRunPageDto, 'Counters are live while a run goes.')
  list(@Query() query: PageQueryDto) {
    return this.runs.list(query);
  }

  @Post()
  @HttpCode(202)
  @Operation(
    'startAlertRun',
    'Dispatch every active alert of a frequency now',
    'Whatever the local hour or the period guard; listings already delivered are still never sent again.',
  )
  @ApiAcceptedResponse({ type: AlertRunIdDto, description: 'The run is queued' })
  start(@CurrentUser() admin: AuthUser, @Body() body: StartAlertRunDto) {
    return this.runs.start(admin, body.frequency);
  }

  @Get(':id')
  @Operation('getAlertRun', 'Read an alert run and its counters')
  @ApiOkResponse({ type: AlertRunDto })
  @ApiProblems(404)
  get(@Param() params: AlertIdParam) {
    return this.runs.get(params.id);
  }
}
