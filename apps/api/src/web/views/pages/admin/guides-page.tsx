import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { SelectField, SelectOption, TextField } from '../../components/form-fields';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
import { TableWrap } from '../../components/table-wrap';
import { ShellModel } from '../../shell-model';

export interface AdminGuidesPageModel {
  filter: { q: string; status: string };
  statuses: SelectOption[];
  rows: Array<{ id: string; title: string; slug: string; status: string; category: string; updated: string; updatedIso: string }>;
  nextHref: string | null;
  firstHref: string | null;
}

export function AdminGuidesPage(props: { shell: ShellModel; model: AdminGuidesPageModel }) {
  const { model } = props;
  return (
    <AdminLayout shell={props.shell} title="Career guides" lede="Every guide in every status, the most recently changed first.">
      <p class="button-row">
        <a class="button" href="/admin/guides/import">
          Import a guide
        </a>
      </p>
      <form method="get" action="/admin/guides" class="panel filter-bar" role="search" aria-label="Find guides">
        <TextField name="q" label="Search guides" type="search" value={model.filter.q} maxlength={200} />
        <SelectField name="status" label="Status" value={model.filter.status} options={model.statuses} />
        <button type="submit">Filter</button>
      </form>
      {model.rows.length === 0 ? (
        <p class="empty-state">No guide matches.</p>
      ) : (
        <TableWrap label="Career guides">
          <table>
            <caption class="visually-hidden">Career guides</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Job category</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/guides/${row.id}`}>{row.title}</a>
                    <span class="small muted block">{row.slug}</span>
                  </th>
                  <td>
                    <StatusPill status={row.status} />
                  </td>
                  <td>{row.category}</td>
                  <td>
                    <time datetime={row.updatedIso}>{row.updated}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
