import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { ApplicationsService } from '@app/jobs';
import { CurrentUser } from '../http/current-user.decorator';
import { PageQueryDto } from '../http/page-query.dto';
import { Roles } from '../http/roles.decorator';
import { ApplicationIdParam } from './dto/application-params.dto';
import { ApplicationDto, ApplicationPageDto } from './dto/application-responses.dto';

@ApiTags('applications')
@ApiBearerAuth()
@Roles(Role.Seeker)
@Controller('me/applications')
export class MyApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @ApiOkResponse({ type: ApplicationPageDto, description: 'Own applications, newest first, withdrawn ones included' })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.applications.listOwn(user.id, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationDto })
  get(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParam) {
    return this.applications.getOwn(user.id, params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdraws (status `withdrawn`, kept in the tracker); again → 204; hired or rejected → 422' })
  withdraw(@CurrentUser() user: AuthUser, @Param() params: ApplicationIdParam) {
    return this.applications.withdraw(user.id, params.id);
  }
}
