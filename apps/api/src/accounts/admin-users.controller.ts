import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, ProfileService, Role } from '@app/accounts';
import { CurrentUser } from '../http/current-user.decorator';
import { Roles } from '../http/roles.decorator';
import { UserViewDto } from './dto/auth-result.dto';
import { ChangeRoleDto, UserIdParam } from './dto/change-role.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly profiles: ProfileService) {}

  @Patch(':id')
  @ApiOkResponse({ type: UserViewDto })
  changeRole(@CurrentUser() admin: AuthUser, @Param() params: UserIdParam, @Body() body: ChangeRoleDto) {
    return this.profiles.changeRole(admin.id, params.id, body.role);
  }
}
