import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { SelectField, SelectOption, TextField } from '../../components/form-fields';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
import { TableWrap } from '../../components/table-wrap';
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
      <form method="get" action="/admin/jobs" class="panel filter-bar" role="search" aria-label="Find listings">
        <TextField name="q" label="Search listings" type="search" value={model.filter.q} maxlength={200} />
        <SelectField name="status" label="Status" value={model.filter.status} options={model.statuses} />
        <button type="submit">Filter</button>
      </form>
      {model.rows.length === 0 ? (
        <p class="empty-state">No listing matches.</p>
      ) : (
        <TableWrap label="Listings">
          <table>
            <caption class="visually-hidden">Listings</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
                <th scope="col">Applications</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
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
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
