import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ProfileService, Role, UserDirectory } from '@app/accounts';
import { DomainError } from '@app/common';
import { ChangeRoleDto } from '../../accounts/dto/change-role.dto';
import { ListUsersQueryDto } from '../../accounts/dto/list-users-query.dto';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { safeNextPath } from '../http/safe-next-path';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatDate } from '../views/format';
import { AdminUsersPage } from '../views/pages/admin/users-page';
import { adminViewer, listQueryOf } from './admin-request';

const ROLE_LABELS: Record<Role, string> = { [Role.Seeker]: 'Seeker', [Role.Admin]: 'Admin' };

/** /admin/users: search by email or name, change a role (not your own), through the same services as the JSON API. */
@WebController('admin/users')
export class AdminUsersPages {
  constructor(
    private readonly directory: UserDirectory,
    private readonly profiles: ProfileService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const { form, query, pageLinks } = await listQueryOf(ListUsersQueryDto, raw, ['q', 'role']);
    const found = await this.directory.list(query);
    const model = {
      filter: form,
      roles: [{ value: '', label: 'Any role' }, ...Object.values(Role).map((role) => ({ value: role, label: ROLE_LABELS[role] }))],
      rows: found.items.map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        plan: user.plan === 'plus' ? 'Plus' : 'Free',
        joined: formatDate(user.createdAt),
        joinedIso: user.createdAt,
        isYou: user.id === request.viewer?.id,
      })),
      ...pageLinks('/admin/users', found.nextCursor),
      back: request.url,
    };
    return page(render(<AdminUsersPage shell={shell} model={model} />));
  }

  @PostForm(':id/role')
  async changeRole(@Req() request: FastifyRequest, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<PageResult> {
    if (!isUUID(id)) throw DomainError.notFound('User');
    const checked = await validateForm(ChangeRoleDto, { role: body.role });
    if (!checked.ok) throw DomainError.badInput('role', checked.errors[0]!.message);
    await this.profiles.changeRole(adminViewer(request), id, checked.value.role);
    const back = safeNextPath(body.back, '/admin/users');
    return redirect(back.startsWith('/admin/users') ? back : '/admin/users', 'role-changed');
  }
}
