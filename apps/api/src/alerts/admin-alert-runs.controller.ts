import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { AlertRunsService } from '@app/alerts';
import { ApiProblems } from '../http/api-problems.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { AlertIdParam, StartAlertRunDto } from './dto/alert-params.dto';
import { AlertRunDto, AlertRunIdDto } from './dto/alert-responses.dto';

@ApiTags('alerts')
@Roles(Role.Admin)
@Controller('admin/alerts/runs')
export class AdminAlertRunsController {
  constructor(private readonly runs: AlertRunsService) {}

  @Post()
  @HttpCode(202)
  @Operation(
    'startAlertRun',
    'Dispatch every active alert of a frequency now',
    'Whatever the local hour or the period guard; listings already delivered are still never sent again.',
  )
  @ApiAcceptedResponse({ type: AlertRunIdDto, description: 'The run is queued' })
  start(@Body() body: StartAlertRunDto) {
    return this.runs.start(body.frequency);
  }

  @Get(':id')
  @Operation('getAlertRun', 'Read an alert run and its counters')
  @ApiOkResponse({ type: AlertRunDto })
  @ApiProblems(404)
  get(@Param() params: AlertIdParam) {
    return this.runs.get(params.id);
  }
}
