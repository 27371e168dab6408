import { Body, Controller, Delete, Get, Header, HttpCode, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, PersonalDataService, ProfileService } from '@app/accounts';
import { CurrentUser } from '../http/current-user.decorator';
import { MeDto, PersonalDataExportDto } from './dto/me.dto';
import { UpdateMeDto } from './dto/update-me.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser) {
    return this.profiles.me(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto) {
    return this.profiles.update(user.id, body);
  }

  @Get('export')
  @Header('cache-control', 'no-store')
  @Header('content-disposition', 'attachment; filename="jobboard-personal-data.json"')
  @ApiOkResponse({ type: PersonalDataExportDto })
  export(@CurrentUser() user: AuthUser) {
    return this.personalData.exportFor(user.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account and all data held about it are erased' })
  erase(@CurrentUser() user: AuthUser) {
    return this.personalData.erase(user.id);
  }
}
