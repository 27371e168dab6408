import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { CheckboxField, CsrfField, ErrorSummary, fieldError, TextareaField, TextField } from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ApplyPageModel {
  slug: string;
  title: string;
  company: string;
  where: string;
  /** `form` while the seeker may apply; otherwise why not, in words (`notice`). */
  state: 'form' | 'applied' | 'closed';
  notice: string | null;
  values: { coverLetter: string; resumeUrl: string; attachResume: boolean };
  /** The seeker's saved resume, when they have one: the form offers to attach it. */
  resume: { headline: string; hasPdf: boolean } | null;
  errors: FieldError[];
  coverLetterMaxLength: number;
}

/** Our own application form for a listing: a cover letter (and a link to a resume), both optional. */
export function ApplyPage(props: { shell: ShellModel; model: ApplyPageModel }) {
  const { model, shell } = props;
  const listingHref = `/jobs/${model.slug}`;
  return (
    <Layout
      shell={shell}
      head={{
        title: `Apply: ${model.title} at ${model.company}`,
        description: `Apply for ${model.title} at ${model.company}.`,
        noindex: true,
      }}
    >
      <p class="small">
        <a href={listingHref}>← Back to the listing</a>
      </p>
      <header class="page-header">
        <h1>Apply: {model.title}</h1>
        <p class="lede">
          {model.company} · {model.where}
        </p>
      </header>
      {model.notice ? (
        <div class="notice" role="alert">
          <p>{model.notice}</p>
          <p>{model.state === 'applied' ? <a href="/me/applications">See your applications</a> : <a href="/jobs">See open jobs</a>}</p>
        </div>
      ) : null}
      {model.state === 'form' ? (
        <div class="panel form-narrow">
          <ErrorSummary errors={model.errors} />
          <form method="post" action={`${listingHref}/apply`} novalidate>
            <CsrfField token={shell.csrfToken} />
            <TextareaField
              name="coverLetter"
              label="Cover letter"
              hint="Optional. A few lines on why this job and why you."
              value={model.values.coverLetter}
              error={fieldError(model.errors, 'coverLetter')}
              rows={10}
              maxlength={model.coverLetterMaxLength}
            />
            <TextField
              name="resumeUrl"
              label="Link to your resume"
              hint="Optional. An https:// address where the employer can read it."
              type="url"
              autocomplete="url"
              value={model.values.resumeUrl}
              error={fieldError(model.errors, 'resumeUrl')}
            />
            {model.resume ? (
              <div>
                <CheckboxField
                  name="attachResume"
                  label="Attach my resume"
                  checked={model.values.attachResume}
                  error={fieldError(model.errors, 'attachResume')}
                />
                <p class="hint">
                  “{model.resume.headline}”{model.resume.hasPdf ? ' and its PDF' : ''}, as they are now: later edits do not change what the
                  employer sees. <a href="/me/resume">Edit your resume</a>
                </p>
              </div>
            ) : (
              <p class="small muted">
                <a href="/me/resume">Write a resume</a> once and attach it to every application.
              </p>
            )}
            <button type="submit">Send application</button>
          </form>
        </div>
      ) : null}
    </Layout>
  );
}
