import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { AlertPreviewService, AlertsService } from '@app/alerts';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { AlertIdParam } from './dto/alert-params.dto';
import { AlertDto, AlertPageDto, AlertPreviewDto } from './dto/alert-responses.dto';
import { CreateAlertDto } from './dto/create-alert.dto';
import { UpdateAlertDto } from './dto/update-alert.dto';

const DAILY_NEEDS_PLUS = { status: 403, description: '`daily` alerts need the Plus plan' } as const;

@ApiTags('alerts')
@Controller('me/alerts')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly previews: AlertPreviewService,
  ) {}

  @Post()
  @Operation('createAlert', 'Create a job alert')
  @Created(AlertDto, { location: '/v1/me/alerts/{id}' })
  @ApiProblems(DAILY_NEEDS_PLUS, { status: 422, description: "The plan's maximum of alerts is reached" })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAlertDto) {
    return this.alerts.create(user.id, body);
  }

  @Get()
  @Operation('listAlerts', 'List own job alerts')
  @ApiOkResponse({ type: AlertPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.alerts.list(user.id, query);
  }

  @Get(':id')
  @Operation('getAlert', 'Read one own job alert')
  @ApiOkResponse({ type: AlertDto })
  @ApiProblems(404)
  get(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.alerts.get(user.id, params.id);
  }

  @Patch(':id')
  @Operation('updateAlert', 'Change, pause or resume an own job alert')
  @ApiOkResponse({ type: AlertDto })
  @ApiProblems(DAILY_NEEDS_PLUS, 404)
  update(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam, @Body() body: UpdateAlertDto) {
    return this.alerts.update(user.id, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteAlert', 'Delete an own job alert')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404)
  remove(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.alerts.remove(user.id, params.id);
  }

  @Get(':id/preview')
  @Operation('previewAlert', 'The listings the next digest of an alert would hold')
  @ApiOkResponse({ type: AlertPreviewDto })
  @ApiProblems(404)
  preview(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.previews.preview(user.id, params.id);
  }
}
