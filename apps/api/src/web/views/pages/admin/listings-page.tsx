import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { SelectOption } from '../../components/form-fields';
import { ListSearch } from '../../components/list-search';
import { ListTable } from '../../components/list-table';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface AdminListingRow {
  id: string;
  title: string;
  company: string;
  status: string;
  applications: number;
  updated: string;
  updatedIso: string;
}

export interface AdminListingsPageModel {
  filter: { q: string; status: string };
  statuses: SelectOption[];
  rows: AdminListingRow[];
  nextHref: string | null;
  firstHref: string | null;
}

export function AdminListingsPage(props: { shell: ShellModel; model: AdminListingsPageModel }) {
  const { model } = props;
  return (
    <AdminLayout shell={props.shell} title="Listings" lede="Every listing in every status, the most recently changed first.">
      <p class="button-row">
        <a class="button" href="/admin/jobs/new">
          New listing
        </a>
        <a class="button button-secondary" href="/admin/jobs/import">
          Import listings
        </a>
      </p>
      <ListSearch
        action="/admin/jobs"
        label="Find listings"
        q={{ label: 'Search listings', value: model.filter.q }}
        choice={{ name: 'status', label: 'Status', value: model.filter.status, options: model.statuses }}
        submit="Filter"
      />
      <ListTable
        label="Listings"
        columns={['Title', 'Company', 'Status', 'Applications', 'Changed']}
        empty="No listing matches."
        rows={model.rows}
        row={(row) => (
          <tr>
            <th scope="row">
              <a href={`/admin/jobs/${row.id}`}>{row.title}</a>
            </th>
            <td>{row.company}</td>
            <td>
              <StatusPill status={row.status} />
            </td>
            <td>
              <a href={`/admin/jobs/${row.id}/applications`} aria-label={`${row.applications} applications to ${row.title}`}>
                {row.applications}
              </a>
            </td>
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
