import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AlertRunsService } from '@app/alerts';
import { AdminRead } from '../http/admin-route.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { AlertIdParam, StartAlertRunDto } from './dto/alert-params.dto';
import { AlertRunDto, AlertRunIdDto, AlertRunPageDto } from './dto/alert-responses.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/alerts/runs')
export class AdminAlertRunsController {
  constructor(private readonly runs: AlertRunsService) {}

  @Get()
  @AdminRead('List alert runs, newest first, with their counters', AlertRunPageDto, 'Counters are live while a run goes')
  list(@Query() query: PageQueryDto) {
    return this.runs.list(query);
  }

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AlertRunIdDto, description: 'Dispatches every active alert of the frequency now' })
  start(@CurrentUser() admin: AuthUser, @Body() body: StartAlertRunDto) {
    return this.runs.start(admin, body.frequency);
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertRunDto })
  get(@Param() params: AlertIdParam) {
    return this.runs.get(params.id);
  }
}
