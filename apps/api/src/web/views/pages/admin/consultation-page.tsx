import { FieldError } from '@app/common';
import { h } from '../../../html/jsx';
import { ConsultationThread, ThreadMessageModel } from '../../components/consultation-thread';
import { ErrorSummary } from '../../components/form-fields';
import { MessageForm, MessageFormModel } from '../../components/message-form';
import { Layout } from '../../layout';
import { ShellModel } from '../../shell-model';

export interface AdminConsultationPageModel {
  topic: string;
  status: string;
  /** "Ada Lovelace (ada@example.com) · asked on 3 Mar 2026". */
  seeker: string;
  messages: ThreadMessageModel[];
  /** The reply form, or null for a closed thread. */
  form: MessageFormModel | null;
  formErrors: FieldError[];
}

/** /admin/consultations/:id: the whole thread, in order, with the reply form. */
export function AdminConsultationPage(props: { shell: ShellModel; model: AdminConsultationPageModel }) {
  const { shell, model } = props;
  const fieldErrors: FieldError[] = model.form?.error ? [{ field: 'message', message: model.form.error }] : [];
  return (
    <Layout
      shell={shell}
      head={{ title: `Consultation: ${model.topic}`, description: 'A question to the career consultant.', noindex: true }}
    >
      <p class="small">
        <a href="/admin/consultations">The queue</a>
      </p>
      <header class="page-header">
        <h1>{model.topic}</h1>
        <p>
          <span class="pill pill-status">{model.status}</span> {model.seeker}
        </p>
      </header>
      <ErrorSummary errors={[...model.formErrors, ...fieldErrors]} title="Your reply was not sent" />
      <ConsultationThread messages={model.messages} />
      {model.form ? (
        <section class="panel" aria-labelledby="reply-heading">
          <h2 id="reply-heading">Reply</h2>
          <MessageForm model={model.form} csrfToken={shell.csrfToken} />
        </section>
      ) : (
        <p class="notice">The seeker closed this conversation.</p>
      )}
    </Layout>
  );
}
