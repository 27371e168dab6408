import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { ConsultationThread, ThreadMessageModel } from '../components/consultation-thread';
import { ActionButton, ErrorSummary } from '../components/form-fields';
import { MessageForm, MessageFormModel } from '../components/message-form';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ConsultationPageModel {
  id: string;
  topic: string;
  status: string;
  closed: boolean;
  messages: ThreadMessageModel[];
  /** The reply form, or null: closed, or the plan no longer has the consultant. */
  form: MessageFormModel | null;
  /** Set when the plan no longer has the consultant (after a downgrade): the history stays readable. */
  needsPlus: boolean;
  formErrors: FieldError[];
}

/** /me/consultations/:id: one thread in order, the reply form, and the way to close it. */
export function ConsultationPage(props: { shell: ShellModel; model: ConsultationPageModel }) {
  const { shell, model } = props;
  const fieldErrors: FieldError[] = model.form?.error ? [{ field: 'message', message: model.form.error }] : [];
  return (
    <Layout shell={shell} head={{ title: model.topic, description: 'Your conversation with the career consultant.', noindex: true }}>
      <p class="small">
        <a href="/me/consultations">All conversations</a>
      </p>
      <header class="page-header">
        <h1>{model.topic}</h1>
        <p>
          <span class="pill pill-status">{model.status}</span>
        </p>
      </header>
      <ErrorSummary errors={[...model.formErrors, ...fieldErrors]} title="Your message was not sent" />
      <ConsultationThread messages={model.messages} />
      {model.closed ? (
        <p class="notice">
          This conversation is closed. <a href="/me/consultations">Ask a new question</a>
        </p>
      ) : (
        <section class="panel" aria-labelledby="reply-heading">
          <h2 id="reply-heading">Reply</h2>
          {model.needsPlus ? (
            <p>
              You can read this conversation on any plan; writing in it needs Plus. <a href="/pricing">See what Plus includes</a>
            </p>
          ) : null}
          {model.form ? <MessageForm model={model.form} csrfToken={shell.csrfToken} /> : null}
          <div class="actions">
            <ActionButton
              action={`/me/consultations/${model.id}/close`}
              label="Close conversation"
              variant="secondary"
              csrfToken={shell.csrfToken}
            />
          </div>
        </section>
      )}
    </Layout>
  );
}
