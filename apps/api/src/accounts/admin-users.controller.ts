import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, ProfileService, Role, UserDirectory } from '@app/accounts';
import { AdminRead } from '../http/admin-route.decorator';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Roles } from '../http/roles.decorator';
import { UserViewDto } from './dto/auth-result.dto';
import { ChangeRoleDto, UserIdParam } from './dto/change-role.dto';
import { DirectoryUserPageDto } from './dto/directory-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';

@ApiTags('accounts')
@Roles(Role.Admin)
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly directory: UserDirectory,
  ) {}

  @Get()
  @AdminRead('listUsers', 'List users by email or name, and by role', DirectoryUserPageDto, 'Newest first; never a hash or a token.')
  list(@Query() query: ListUsersQueryDto) {
    return this.directory.list(query);
  }

  @Patch(':id')
  @Operation('changeUserRole', 'Promote or demote a user; their existing tokens follow at once')
  @ApiOkResponse({ type: UserViewDto })
  @ApiProblems(404, { status: 422, description: 'Admins cannot change their own role' })
  changeRole(@CurrentUser() admin: AuthUser, @Param() params: UserIdParam, @Body() body: ChangeRoleDto) {
    return this.profiles.changeRole(admin, params.id, body.role);
  }
}
