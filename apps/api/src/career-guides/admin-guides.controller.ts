import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/accounts';
import { CareerGuidesAdminService } from '@app/career-guides';
import { Roles } from '../http/roles.decorator';
import { CreateGuideDto } from './dto/create-guide.dto';
import { GuideIdParam } from './dto/guide-params.dto';
import { GuideViewDto } from './dto/guide-view.dto';
import { UpdateGuideDto } from './dto/update-guide.dto';
import { GUIDE_TEXT_TYPES, GuideText } from './guide-text.decorator';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/guides')
export class AdminGuidesController {
  constructor(private readonly guides: CareerGuidesAdminService) {}

  @Post()
  @ApiCreatedResponse({ type: GuideViewDto, description: 'The new guide, a draft' })
  create(@Body() body: CreateGuideDto) {
    return this.guides.create(body);
  }

  @Post('import')
  @ApiConsumes(...GUIDE_TEXT_TYPES)
  @ApiBody({ schema: { type: 'string' }, description: 'A guide page pasted as text, in the layout of the reference guide' })
  @ApiCreatedResponse({ type: GuideViewDto, description: 'The parsed guide, stored as a draft' })
  importGuide(@GuideText() text: string) {
    return this.guides.importText(text);
  }

  @Get(':id')
  @ApiOkResponse({ type: GuideViewDto })
  get(@Param() params: GuideIdParam) {
    return this.guides.get(params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: GuideViewDto })
  update(@Param() params: GuideIdParam, @Body() body: UpdateGuideDto) {
    return this.guides.update(params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The guide is deleted' })
  remove(@Param() params: GuideIdParam) {
    return this.guides.remove(params.id);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: GuideViewDto })
  publish(@Param() params: GuideIdParam) {
    return this.guides.publish(params.id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOkResponse({ type: GuideViewDto })
  unpublish(@Param() params: GuideIdParam) {
    return this.guides.unpublish(params.id);
  }
}
