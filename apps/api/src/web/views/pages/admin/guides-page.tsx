import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { SelectOption } from '../../components/form-fields';
import { ListSearch } from '../../components/list-search';
import { ListTable } from '../../components/list-table';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
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
      <ListSearch
        action="/admin/guides"
        label="Find guides"
        q={{ label: 'Search guides', value: model.filter.q }}
        choice={{ name: 'status', label: 'Status', value: model.filter.status, options: model.statuses }}
        submit="Filter"
      />
      <ListTable
        label="Career guides"
        columns={['Title', 'Status', 'Job category', 'Changed']}
        empty="No guide matches."
        rows={model.rows}
        row={(row) => (
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
        )}
      />
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
