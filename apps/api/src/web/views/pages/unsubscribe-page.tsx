import { Fragment, h } from '../../html/jsx';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface UnsubscribeAlertModel {
  name: string;
  frequency: string;
  criteria: string[];
  paused: boolean;
}

export type UnsubscribePageModel =
  | {
      kind: 'alerts';
      /** The page's own address: its button posts back to it. */
      action: string;
      alerts: UnsubscribeAlertModel[];
    }
  | { kind: 'invalid' }
  | { kind: 'gone' };

function Alerts(props: { model: Extract<UnsubscribePageModel, { kind: 'alerts' }> }) {
  const { model } = props;
  const active = model.alerts.filter((alert) => !alert.paused).length;
  const one = model.alerts.length === 1;
  return (
    <>
      <header class="page-header">
        <h1>{one ? 'Stop this job alert' : 'Stop these job alerts'}</h1>
        <p class="lede">
          {active === 0
            ? `${one ? 'This alert is' : 'These alerts are'} paused: you get no mail for ${one ? 'it' : 'them'}.`
            : `Unsubscribing pauses ${one ? 'this alert' : 'these alerts'}. Nothing is deleted; you can resume from your alerts page.`}
        </p>
      </header>
      <ul class="item-list" aria-label="Alerts of this link">
        {model.alerts.map((alert) => (
          <li class="item">
            <article aria-label={alert.name}>
              <h2 class="item-title">{alert.name}</h2>
              <p class="small muted">
                {alert.frequency} · {alert.paused ? 'Paused' : 'Active'}
              </p>
              <ul class="facts" aria-label="Criteria">
                {alert.criteria.map((fact) => (
                  <li>{fact}</li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
      <div class="button-row actions">
        {active > 0 ? (
          <form method="post" action={model.action}>
            <button type="submit">Unsubscribe</button>
          </form>
        ) : null}
        <a href="/me/alerts">Manage your alerts</a>
      </div>
    </>
  );
}

function LinkProblem(props: { heading: string; message: string }) {
  return (
    <section class="error-page">
      <h1>{props.heading}</h1>
      <p class="lede">{props.message}</p>
      <p>
        <a class="button" href="/me/alerts">
          Manage your alerts
        </a>
      </p>
    </section>
  );
}

/**
 * The page of an alert mail's unsubscribe link: which alerts it stops, and the one button that does (GET changes
 * nothing: link scanners follow GETs). A link that is not ours, or whose alerts are gone, says so.
 */
export function UnsubscribePage(props: { shell: ShellModel; model: UnsubscribePageModel }) {
  const { model } = props;
  return (
    <Layout
      shell={props.shell}
      head={{ title: 'Unsubscribe from job alerts', description: 'Stop the mails of a job alert.', noindex: true }}
    >
      {model.kind === 'alerts' ? <Alerts model={model} /> : null}
      {model.kind === 'invalid' ? (
        <LinkProblem
          heading="This unsubscribe link is not valid"
          message="It may have been cut short or changed on its way. Open it again from the mail, or manage your alerts after logging in."
        />
      ) : null}
      {model.kind === 'gone' ? (
        <LinkProblem heading="This alert no longer exists" message="It was deleted, so no more mail is sent for it." />
      ) : null}
    </Layout>
  );
}
