import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { AlertRunsService } from '@app/alerts';
import { Roles } from '../http/roles.decorator';
import { AlertIdParam, StartAlertRunDto } from './dto/alert-params.dto';
import { AlertRunDto, AlertRunIdDto } from './dto/alert-responses.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/alerts/runs')
export class AdminAlertRunsController {
  constructor(private readonly runs: AlertRunsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AlertRunIdDto, description: 'Dispatches every active alert of the frequency now' })
  start(@Body() body: StartAlertRunDto) {
    return this.runs.start(body.frequency);
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertRunDto })
  get(@Param() params: AlertIdParam) {
    return this.runs.get(params.id);
  }
}
