import { Body, Controller, Delete, Get, Header, HttpCode, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, PersonalDataService, ProfileService } from '@app/accounts';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { MeDto, PersonalDataExportDto } from './dto/me.dto';
import { UpdateMeDto } from './dto/update-me.dto';

@ApiTags('accounts')
@Controller('me')
export class MeController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  @Operation('getMe', 'The caller with plan, ads flag and entitlements')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser) {
    return this.profiles.me(user.id);
  }

  @Patch()
  @Operation('updateMe', "Change the caller's name or time zone")
  @ApiOkResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto) {
    return this.profiles.update(user.id, body);
  }

  @Get('export')
  @Header('cache-control', 'no-store')
  @Header('content-disposition', 'attachment; filename="jobboard-personal-data.json"')
  @Operation('exportMyData', 'Every datum held about the caller, as JSON')
  @ApiOkResponse({ type: PersonalDataExportDto })
  export(@CurrentUser() user: AuthUser) {
    return this.personalData.exportFor(user.id);
  }

  @Delete()
  @HttpCode(204)
  @Operation('deleteMe', "Erase the caller's account and data", 'Cancels a Stripe subscription first.')
  @ApiNoContentResponse({ description: 'The account and all data held about it are erased' })
  @ApiProblems({ status: 503, description: 'The Stripe subscription cannot be cancelled right now; nothing is erased' })
  erase(@CurrentUser() user: AuthUser) {
    return this.personalData.erase(user.id);
  }
}
