import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '@app/accounts';
import { AlertPreviewService, AlertsService } from '@app/alerts';
import { CurrentUser } from '../http/current-user.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { AlertIdParam } from './dto/alert-params.dto';
import { AlertDto, AlertPageDto, AlertPreviewDto } from './dto/alert-responses.dto';
import { CreateAlertDto } from './dto/create-alert.dto';
import { UpdateAlertDto } from './dto/update-alert.dto';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('me/alerts')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly previews: AlertPreviewService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: AlertDto, description: '`daily` without Plus → 403; over the plan maximum → 422' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAlertDto) {
    return this.alerts.create(user.id, body);
  }

  @Get()
  @ApiOkResponse({ type: AlertPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.alerts.list(user.id, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertDto })
  get(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.alerts.get(user.id, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AlertDto })
  update(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam, @Body() body: UpdateAlertDto) {
    return this.alerts.update(user.id, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.alerts.remove(user.id, params.id);
  }

  @Get(':id/preview')
  @ApiOkResponse({ type: AlertPreviewDto, description: 'What the next digest would hold for this alert' })
  preview(@CurrentUser() user: AuthUser, @Param() params: AlertIdParam) {
    return this.previews.preview(user.id, params.id);
  }
}
