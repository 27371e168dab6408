import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { AuthUser, ProfileService, Role, UserDirectory } from '@app/accounts';
import { AdminRead } from '../http/admin-route.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Roles } from '../http/roles.decorator';
import { UserViewDto } from './dto/auth-result.dto';
import { ChangeRoleDto, UserIdParam } from './dto/change-role.dto';
import { DirectoryUserPageDto } from './dto/directory-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly directory: UserDirectory,
  ) {}

  @Get()
  @AdminRead('List users by email or name, and by role', DirectoryUserPageDto, 'Newest first; never a hash or a token')
  list(@Query() query: ListUsersQueryDto) {
    return this.directory.list(query);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's role (not your own); ends their browser sessions; audited" })
  @ApiOkResponse({ type: UserViewDto })
  @ApiUnprocessableEntityResponse({ description: 'An admin cannot change their own role' })
  changeRole(@CurrentUser() admin: AuthUser, @Param() params: UserIdParam, @Body() body: ChangeRoleDto) {
    return this.profiles.changeRole(admin, params.id, body.role);
  }
}
