import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { CsrfField, fieldId, SelectOption } from '../../components/form-fields';
import { ListSearch } from '../../components/list-search';
import { ListTable } from '../../components/list-table';
import { Pagination } from '../../components/pagination';
import { ShellModel } from '../../shell-model';

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  plan: string;
  joined: string;
  joinedIso: string;
  isYou: boolean;
}

export interface AdminUsersPageModel {
  filter: { q: string; role: string };
  roles: SelectOption[];
  rows: AdminUserRow[];
  nextHref: string | null;
  firstHref: string | null;
  back: string;
}

function RoleForm(props: { row: AdminUserRow; roles: SelectOption[]; csrfToken: string | null; back: string }) {
  const { row } = props;
  const id = fieldId(`role-${row.id}`);
  return (
    <form method="post" action={`/admin/users/${row.id}/role`} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="back" value={props.back} />
      <label for={id} class="visually-hidden">{`Role of ${row.name}`}</label>
      <select id={id} name="role">
        {props.roles.map((role) => (
          <option value={role.value} selected={role.value === row.role}>
            {role.label}
          </option>
        ))}
      </select>
      <button type="submit" class="button-secondary" aria-label={`Change role of ${row.name}`}>
        Change role
      </button>
    </form>
  );
}

export function AdminUsersPage(props: { shell: ShellModel; model: AdminUsersPageModel }) {
  const { shell, model } = props;
  const roles = model.roles.filter((role) => role.value !== '');
  return (
    <AdminLayout shell={shell} title="Users" lede="Find people by a part of their email or name. A role change signs them out of the site.">
      <ListSearch
        action="/admin/users"
        label="Find users"
        q={{ label: 'Email or name', value: model.filter.q }}
        choice={{ name: 'role', label: 'Role', value: model.filter.role, options: model.roles }}
        submit="Search"
      />
      <ListTable
        label="Users"
        columns={['Name', 'Email', 'Plan', 'Joined', 'Role']}
        empty="No user matches."
        rows={model.rows}
        row={(row) => (
          <tr>
            <th scope="row">{row.name}</th>
            <td>{row.email}</td>
            <td>{row.plan}</td>
            <td>
              <time datetime={row.joinedIso}>{row.joined}</time>
            </td>
            <td>
              {row.isYou ? (
                <span>
                  {row.role} <span class="muted small">(you: another admin can change it)</span>
                </span>
              ) : (
                <RoleForm row={row} roles={roles} csrfToken={shell.csrfToken} back={model.back} />
              )}
            </td>
          </tr>
        )}
      />
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
