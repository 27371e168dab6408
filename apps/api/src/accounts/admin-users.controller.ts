import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, ProfileService, Role } from '@app/accounts';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { UserViewDto } from './dto/auth-result.dto';
import { ChangeRoleDto, UserIdParam } from './dto/change-role.dto';

@ApiTags('accounts')
@Roles(Role.Admin)
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly profiles: ProfileService) {}

  @Patch(':id')
  @Operation('changeUserRole', 'Promote or demote a user; their existing tokens follow at once')
  @ApiOkResponse({ type: UserViewDto })
  @ApiProblems(404, { status: 422, description: 'Admins cannot change their own role' })
  changeRole(@CurrentUser() admin: AuthUser, @Param() params: UserIdParam, @Body() body: ChangeRoleDto) {
    return this.profiles.changeRole(admin.id, params.id, body.role);
  }
}
