import { h } from '../../../html/jsx';
import { AdminLayout } from '../../components/admin-layout';
import { CsrfField, SelectField } from '../../components/form-fields';
import { ListTable } from '../../components/list-table';
import { Pagination } from '../../components/pagination';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface AlertRunRow {
  id: string;
  created: string;
  createdIso: string;
  frequency: string;
  trigger: string;
  status: string;
  subscribers: number;
  digests: number;
  emailsSent: number;
  failed: number;
  finished: string;
  /** Still queued or running: the row asks for itself again until it is done. */
  open: boolean;
}

export interface AlertsPageModel {
  runs: AlertRunRow[];
  nextHref: string | null;
  firstHref: string | null;
}

/** One run as a table row; while open, site.js polls this very fragment and swaps it in. */
export function AlertRunTableRow(props: { run: AlertRunRow }) {
  const { run } = props;
  return (
    <tr
      id={`run-${run.id}`}
      data-poll={run.open ? `/admin/alerts/runs/${run.id}` : undefined}
      aria-label={`${run.frequency} run of ${run.created}`}
    >
      <th scope="row">
        <time datetime={run.createdIso}>{run.created}</time>
      </th>
      <td>{run.frequency}</td>
      <td>{run.trigger}</td>
      <td>
        <StatusPill status={run.status} />
      </td>
      <td data-counter="subscribers">{run.subscribers}</td>
      <td data-counter="digests">{run.digests}</td>
      <td data-counter="emails">{run.emailsSent}</td>
      <td data-counter="failed">{run.failed}</td>
      <td>{run.finished}</td>
    </tr>
  );
}

export function AlertsPage(props: { shell: ShellModel; model: AlertsPageModel }) {
  const { shell, model } = props;
  return (
    <AdminLayout
      shell={shell}
      title="Alert runs"
      lede="Scheduled and forced digest runs with their counters. Counters update while a run goes."
    >
      <div class="grid-2">
        <form method="post" action="/admin/alerts/runs" class="panel">
          <h2>Start a run now</h2>
          <p class="small muted">Every active alert of that frequency, whatever the hour; listings already mailed are never sent again.</p>
          <CsrfField token={shell.csrfToken} />
          <SelectField
            name="frequency"
            label="Frequency"
            value="weekly"
            options={[
              { value: 'weekly', label: 'Weekly' },
              { value: 'daily', label: 'Daily' },
            ]}
          />
          <button type="submit">Start run</button>
        </form>
        <section class="panel" aria-labelledby="queues-heading">
          <h2 id="queues-heading">Queues</h2>
          <p>Jobs waiting, running and failed, with retries, in Bull Board.</p>
          <p>
            <a href="/admin/queues">Open the queues</a>
          </p>
        </section>
      </div>
      <div class="results-header">
        <h2>Recent runs</h2>
        <a href="/admin/alerts">Refresh the counters</a>
      </div>
      <ListTable
        label="Alert runs, newest first"
        columns={['Created', 'Frequency', 'Trigger', 'Status', 'Subscribers', 'Digests', 'Emails sent', 'Failed', 'Finished']}
        empty="No run yet."
        rows={model.runs}
        row={(run) => <AlertRunTableRow run={run} />}
      />
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
