import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { AlertForm, AlertFormModel } from '../components/alert-form';
import { AlertToggle } from '../components/alert-toggle';
import { ErrorSummary } from '../components/form-fields';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface AlertCardModel {
  id: string;
  name: string;
  frequency: string;
  /** Set when the plan serves the alert otherwise than asked (a daily alert after a downgrade goes out weekly). */
  servedNote: string | null;
  criteria: string[];
  lastSent: string | null;
  paused: boolean;
}

export interface AlertLimitsModel {
  /** "2 of 3 alerts". */
  usage: string;
  /** What the plan allows, in a sentence. */
  plan: string;
  /** The way to more (Free only): "Plus sends daily alerts, up to 20." */
  upgrade: string | null;
  atLimit: boolean;
}

export interface AlertsPageModel {
  alerts: AlertCardModel[];
  limits: AlertLimitsModel;
  /** The create form, or null when the plan's maximum is reached. */
  form: AlertFormModel | null;
  /** Refusals of the create form that belong to no field (the plan's maximum). */
  formErrors: FieldError[];
  nextHref: string | null;
  firstHref: string | null;
}

function AlertCard(props: { alert: AlertCardModel; csrfToken: string | null }) {
  const { alert } = props;
  return (
    <li class="item">
      <article aria-label={alert.name}>
        <div class="item-header">
          <h3>{alert.name}</h3>
          <p class="small muted">{alert.frequency}</p>
        </div>
        <ul class="facts" aria-label="Criteria">
          {alert.criteria.map((fact) => (
            <li>{fact}</li>
          ))}
        </ul>
        {alert.servedNote ? <p class="small">{alert.servedNote}</p> : null}
        <p class="small muted">{alert.lastSent ? `Last mailed on ${alert.lastSent}` : 'Not mailed yet'}</p>
        <div class="button-row">
          <AlertToggle alertId={alert.id} paused={alert.paused} csrfToken={props.csrfToken} />
          <a href={`/me/alerts/${alert.id}/preview`}>
            Preview<span class="visually-hidden"> {alert.name}</span>
          </a>
          <a href={`/me/alerts/${alert.id}/edit`}>
            Edit<span class="visually-hidden"> {alert.name}</span>
          </a>
        </div>
      </article>
    </li>
  );
}

/** The seeker's alerts with the plan's limits, and the form for a new one. */
export function AlertsPage(props: { shell: ShellModel; model: AlertsPageModel }) {
  const { shell, model } = props;
  const errors = [...model.formErrors, ...(model.form?.errors ?? [])];
  return (
    <Layout shell={shell} head={{ title: 'Job alerts', description: 'New jobs that match your searches, in your inbox.', noindex: true }}>
      <header class="page-header">
        <h1>Job alerts</h1>
        <p class="lede">New jobs that match, mailed to you. Each mail carries a link to stop it.</p>
      </header>
      <ErrorSummary errors={errors} title="Your alert was not created" />
      <section class="panel" aria-labelledby="limits-heading">
        <h2 id="limits-heading">{model.limits.usage}</h2>
        <p>{model.limits.plan}</p>
        {model.limits.upgrade ? (
          <p>
            {model.limits.upgrade} <a href="/pricing">See Plus</a>
          </p>
        ) : null}
      </section>
      <div class="layout-sidebar">
        <section aria-labelledby="alerts-heading">
          <h2 id="alerts-heading">Your alerts</h2>
          {model.alerts.length > 0 ? (
            <ul class="item-list" aria-label="Your alerts">
              {model.alerts.map((alert) => (
                <AlertCard alert={alert} csrfToken={shell.csrfToken} />
              ))}
            </ul>
          ) : (
            <p class="muted">
              {model.firstHref ? 'No more alerts.' : 'You have no alerts yet. Create your first with the “New alert” form.'}
            </p>
          )}
          <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
        </section>
        <section class="panel" aria-labelledby="new-alert-heading">
          <h2 id="new-alert-heading">New alert</h2>
          {model.form ? (
            <AlertForm model={model.form} csrfToken={shell.csrfToken} />
          ) : (
            <p>
              You have all the alerts your plan allows. Delete one to make room
              {model.limits.upgrade ? ', or upgrade to Plus.' : '.'}
            </p>
          )}
        </section>
      </div>
    </Layout>
  );
}
