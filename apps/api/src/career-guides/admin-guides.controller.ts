import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Role } from '@app/accounts';
import { AdminGuidesQuery, CareerGuidesAdminService } from '@app/career-guides';
import { AdminRead } from '../http/admin-route.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { AdminGuidePageDto } from './dto/admin-guide.dto';
import { CreateGuideDto } from './dto/create-guide.dto';
import { GuideIdParam } from './dto/guide-params.dto';
import { ListAdminGuidesQueryDto } from './dto/list-admin-guides-query.dto';
import { GuideViewDto } from './dto/guide-view.dto';
import { UpdateGuideDto } from './dto/update-guide.dto';
import { GUIDE_TEXT_TYPES, GuideText } from './guide-text.decorator';

const SLUG_TAKEN = { status: 409, description: 'The slug is used by another guide' } as const;

@ApiTags('career-guides')
@Roles(Role.Admin)
@Controller('admin/guides')
export class AdminGuidesController {
  constructor(
    private readonly guides: CareerGuidesAdminService,
    private readonly adminGuides: AdminGuidesQuery,
  ) {}

  @Get()
  @AdminRead('listAdminGuides', 'List every guide, any status, newest change first', AdminGuidePageDto)
  list(@Query() query: ListAdminGuidesQueryDto) {
    return this.adminGuides.list(query);
  }

  @Post()
  @Operation('createGuide', 'Create a career guide (a draft)')
  @Created(GuideViewDto, { location: '/v1/admin/guides/{id}' })
  @ApiProblems(SLUG_TAKEN)
  create(@CurrentUser() admin: AuthUser, @Body() body: CreateGuideDto) {
    return this.guides.create(admin, body);
  }

  @Post('import')
  @ApiConsumes(...GUIDE_TEXT_TYPES)
  @ApiBody({ schema: { type: 'string' }, description: 'A guide page pasted as text, in the layout of the reference guide' })
  @Operation('importGuide', 'Parse a guide pasted as text into a draft', 'A 400 names each part that could not be read.')
  @Created(GuideViewDto, { location: '/v1/admin/guides/{id}', description: 'The parsed guide, stored as a draft' })
  @ApiProblems(SLUG_TAKEN)
  importGuide(@CurrentUser() admin: AuthUser, @GuideText() text: string) {
    return this.guides.importText(admin, text);
  }

  @Get(':id')
  @Operation('getGuideForAdmin', 'Read any career guide, drafts included')
  @ApiOkResponse({ type: GuideViewDto })
  @ApiProblems(404)
  get(@Param() params: GuideIdParam) {
    return this.guides.get(params.id);
  }

  @Patch(':id')
  @Operation('updateGuide', 'Edit a career guide', 'Send the `version` you read: a stale one is refused with 409.')
  @ApiOkResponse({ type: GuideViewDto })
  @ApiProblems(404, { status: 409, description: 'The guide changed since `version`, or the slug is taken' })
  update(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam, @Body() body: UpdateGuideDto) {
    return this.guides.update(admin, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Operation('deleteGuide', 'Delete a career guide')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(404)
  remove(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.remove(admin, params.id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Operation('publishGuide', 'Publish a career guide')
  @ApiOkResponse({ type: GuideViewDto })
  @ApiProblems(404)
  publish(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.publish(admin, params.id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Operation('unpublishGuide', 'Unpublish a career guide (it is archived)')
  @ApiOkResponse({ type: GuideViewDto })
  @ApiProblems(404)
  unpublish(@CurrentUser() admin: AuthUser, @Param() params: GuideIdParam) {
    return this.guides.unpublish(admin, params.id);
  }
}
