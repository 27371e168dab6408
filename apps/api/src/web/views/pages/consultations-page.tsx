import { CONSULTATION_LIMITS } from '@app/consultations';
import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { CsrfField, ErrorSummary, fieldError, TextareaField, TextField } from '../components/form-fields';
import { Pagination } from '../components/pagination';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ConsultationCardModel {
  id: string;
  topic: string;
  status: string;
  /** "Grace Hopper replied on 3 Mar 2026". */
  latest: string;
}

export interface NewQuestionFormModel {
  values: { topic: string; message: string };
  errors: FieldError[];
}

export interface ConsultationsPageModel {
  /** Whether the plan has the consultant (Plus); Free reads past threads and sees what the perk does. */
  canWrite: boolean;
  /** "1 of 3 open conversations". */
  usage: string;
  threads: ConsultationCardModel[];
  /** The "New question" form, or null (Free, or the most open threads reached). */
  form: NewQuestionFormModel | null;
  atLimit: boolean;
  /** Refusals that belong to no field (the plan, the open-thread limit). */
  formErrors: FieldError[];
  nextHref: string | null;
  firstHref: string | null;
}

function PerkOffer() {
  return (
    <section class="panel plus-box" aria-labelledby="perk-heading">
      <h2 id="perk-heading">A personal career consultant comes with Plus</h2>
      <p>
        Ask a real person about your next step: a change of role, a CV that gets no answers, an offer to weigh up, a salary to negotiate. A
        consultant reads your question and answers here, in writing; we mail you when they do.
      </p>
      <p>
        <a href="/pricing">See what Plus includes</a>
      </p>
    </section>
  );
}

function NewQuestionForm(props: { form: NewQuestionFormModel; csrfToken: string | null }) {
  const { values, errors } = props.form;
  return (
    <form method="post" action="/me/consultations" novalidate>
      <CsrfField token={props.csrfToken} />
      <TextField
        name="topic"
        label="Topic"
        value={values.topic}
        error={fieldError(errors, 'topic')}
        hint="In a few words, for example “Moving from QA into backend”"
        maxlength={CONSULTATION_LIMITS.topicMaxLength}
      />
      <TextareaField
        name="message"
        label="Message"
        value={values.message}
        error={fieldError(errors, 'message')}
        hint="Your situation and your question. Plain text; line breaks are kept."
        rows={8}
        maxlength={CONSULTATION_LIMITS.messageMaxLength}
      />
      <button type="submit">Send question</button>
    </form>
  );
}

/** /me/consultations: the seeker's threads with the consultant and, on Plus, the "New question" form. */
export function ConsultationsPage(props: { shell: ShellModel; model: ConsultationsPageModel }) {
  const { shell, model } = props;
  const errors = [...model.formErrors, ...(model.form?.errors ?? [])];
  return (
    <Layout
      shell={shell}
      head={{ title: 'Career consultant', description: 'Questions about your career, answered by a person.', noindex: true }}
    >
      <header class="page-header">
        <h1>Career consultant</h1>
        <p class="lede">Questions about your career, answered in writing by one of our consultants.</p>
      </header>
      <ErrorSummary errors={errors} title="Your question was not sent" />
      {model.canWrite ? null : <PerkOffer />}
      <div class={model.canWrite ? 'layout-sidebar' : undefined}>
        {model.canWrite || model.threads.length > 0 || model.firstHref ? (
          <section aria-labelledby="threads-heading">
            <h2 id="threads-heading">Your conversations</h2>
            {model.threads.length > 0 ? (
              <ul class="item-list" aria-label="Your conversations">
                {model.threads.map((thread) => (
                  <li class="item">
                    <article aria-label={thread.topic}>
                      <div class="item-header">
                        <h3 class="item-title">
                          <a href={`/me/consultations/${thread.id}`}>{thread.topic}</a>
                        </h3>
                        <span class="pill pill-status">{thread.status}</span>
                      </div>
                      <p class="small muted">{thread.latest}</p>
                    </article>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{model.firstHref ? 'No more conversations.' : 'You have not asked a question yet.'}</p>
            )}
            <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
          </section>
        ) : null}
        {model.canWrite ? (
          <section class="panel" aria-labelledby="new-question-heading">
            <h2 id="new-question-heading">New question</h2>
            <p class="small muted">{model.usage}</p>
            {model.form ? (
              <NewQuestionForm form={model.form} csrfToken={shell.csrfToken} />
            ) : (
              <p>You have as many open conversations as you can have at once. Close one to ask something new.</p>
            )}
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
