import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { SelectField, SelectOption } from '../../components/form-fields';
import { ListTable } from '../../components/list-table';
import { Pagination } from '../../components/pagination';
import { ShellModel } from '../../shell-model';

export interface AuditRow {
  id: string;
  at: string;
  atIso: string;
  actor: string;
  actorHref: string | null;
  action: string;
  entity: string;
  entityHref: string | null;
  changes: string[];
  requestId: string;
}

export interface AuditPageModel {
  filter: { entity: string; actor: string };
  entities: SelectOption[];
  actorName: string | null;
  rows: AuditRow[];
  nextHref: string | null;
  firstHref: string | null;
}

export function AuditPage(props: { shell: ShellModel; model: AuditPageModel }) {
  const { model } = props;
  return (
    <AdminLayout
      shell={props.shell}
      title="Audit trail"
      lede="Who changed what and when: every admin change, newest first. Entries are never edited or deleted."
    >
      <form method="get" action="/admin/audit" class="panel filter-bar" aria-label="Filter the audit trail">
        <SelectField name="entity" label="What changed" value={model.filter.entity} options={model.entities} />
        {model.filter.actor ? <input type="hidden" name="actor" value={model.filter.actor} /> : null}
        <button type="submit">Filter</button>
        {model.actorName ? (
          <p class="small">
            Changes by {model.actorName} only. <a href="/admin/audit">Everyone’s</a>
          </p>
        ) : null}
      </form>
      <ListTable
        label="Audit entries, newest first"
        columns={['When', 'Who', 'What', 'Changes', 'Request']}
        empty="No change recorded yet."
        rows={model.rows}
        row={(row) => (
          <tr>
            <th scope="row">
              <time datetime={row.atIso}>{row.at}</time>
            </th>
            <td>{row.actorHref ? <a href={row.actorHref}>{row.actor}</a> : <em>{row.actor}</em>}</td>
            <td>
              <code>{row.action}</code>
              <br />
              {row.entityHref ? <a href={row.entityHref}>{row.entity}</a> : row.entity}
            </td>
            <td>
              {row.changes.length > 0 ? (
                <ul class="changes">
                  {row.changes.map((change) => (
                    <li>{change}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </td>
            <td>
              <code class="small">{row.requestId}</code>
            </td>
          </tr>
        )}
      />
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
