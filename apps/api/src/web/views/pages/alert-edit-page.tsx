import { h } from '../../html/jsx';
import { AlertForm, AlertFormModel } from '../components/alert-form';
import { ActionButton, ErrorSummary } from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface AlertEditPageModel {
  id: string;
  name: string;
  form: AlertFormModel;
}

/** One alert's form, filled in, and the way to delete it. */
export function AlertEditPage(props: { shell: ShellModel; model: AlertEditPageModel }) {
  const { shell, model } = props;
  return (
    <Layout shell={shell} head={{ title: `Edit alert: ${model.name}`, description: 'Change what a job alert looks for.', noindex: true }}>
      <p class="small">
        <a href="/me/alerts">← All alerts</a>
      </p>
      <header class="page-header">
        <h1>Edit alert: {model.name}</h1>
      </header>
      <ErrorSummary errors={model.form.errors} title="Your alert was not saved" />
      <div class="panel form-narrow">
        <AlertForm model={model.form} csrfToken={shell.csrfToken} />
      </div>
      <section class="panel form-narrow" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this alert</h2>
        <p>Deleting stops its mails for good. To stop them for a while, pause it instead.</p>
        <ActionButton action={`/me/alerts/${model.id}/delete`} label="Delete alert" variant="danger" csrfToken={shell.csrfToken} />
      </section>
    </Layout>
  );
}
