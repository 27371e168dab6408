import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdminGuidesQuery, CareerGuidesAdminService } from '@app/career-guides';
import { AdminRead } from '../http/admin-route.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Roles } from '../http/roles.decorator';
import { AdminGuidePageDto } from './dto/admin-guide.dto';
import { CreateGuideDto } from './dto/create-guide.dto';
import { GuideIdParam } from './dto/guide-params.dto';
import { GuideViewDto } from './dto/guide-view.dto';
import { ListAdminGuidesQueryDto } from './dto/list-admin-guides-query.dto';
import { UpdateGuideDto } from './dto/update-guide.dto';
import { GUIDE_TEXT_TYPES, GuideText } from './guide-text.decorator';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/guides')
export class AdminGuidesController {
  constructor(
    private readonly guides: CareerGuidesAdminService,
    private readonly adminGuides: AdminGuidesQuery,
  ) {}

  @Get()
  @AdminRead('List every guide, any status, newest change first', AdminGuidePageDto)
  list(@Query() query: ListAdminGuidesQueryDto) {
    return this.adminGuides.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: GuideViewDto, description: 'The new guide, a draft' })
  create(@CurrentUser() admin: AuthUser, @Body() body: CreateGuideDto) {
    return this.guides.create(admin, body);
  }

  @Post('import')
  @ApiConsumes(...GUIDE_TEXT_TYPES)
  @ApiBody({ schema: { type: 'string' }, description: 'A guide page pasted as text, in the layout of the reference guide' })
  @ApiCreatedResponse({ type: GuideViewDto, description: 'The parsed guide, stored as a draft' })
  importGuide(@CurrentUser() admin: AuthUser, @GuideText() text: string) {
    return this.guides.importText(admin, text);
  }

  @Get(':id')
  @ApiOkResponse({ type: GuideViewDto })
  get(@Param() params: GuideIdParam) {
    return this.guides.get(params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: GuideViewDto })
  update(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam, @Body() body: UpdateGuideDto) {
    return this.guides.update(admin, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The guide is deleted' })
  remove(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.remove(admin, params.id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: GuideViewDto })
  publish(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.publish(admin, params.id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOkResponse({ type: GuideViewDto })
  unpublish(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.unpublish(admin, params.id);
  }
}
