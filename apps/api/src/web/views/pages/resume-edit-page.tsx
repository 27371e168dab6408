import { FieldError } from '@app/common';
import { h } from '../../html/jsx';
import { ResumeFormValues } from '../../resumes/resume-form';
import {
  ActionButton,
  CsrfField,
  ErrorSummary,
  fieldError,
  fieldId,
  FileField,
  formBinding,
  SelectField,
  TextareaField,
  TextField,
} from '../components/form-fields';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

export interface ResumeEditPageModel {
  saved: boolean;
  values: ResumeFormValues;
  errors: FieldError[];
  /** Where the public resume is, while it is public. */
  publicHref: string | null;
  file: { size: string; uploadedOn: string } | null;
  fileErrors: FieldError[];
  /** The custom URL form (Plus), or null: Free sees the perk instead. */
  handle: { value: string; errors: FieldError[]; url: string | null } | null;
  featured: boolean;
  canFeature: boolean;
}

const MONTH_HINT = 'As YYYY-MM, for example 2024-03';

function ExperienceRows(props: { rows: ResumeFormValues['experience']; errors: FieldError[] }) {
  const rows = [...props.rows, { title: '', company: '', start: '', end: '', description: '' }];
  return (
    <div>
      {rows.map((row, i) => {
        const form = formBinding(row, props.errors, `experience[${i}].`);
        const blank = i === props.rows.length;
        return (
          <fieldset class="fieldset">
            <legend>{blank ? 'Add a position' : `Position ${i + 1}`}</legend>
            <TextField {...form.field('title')} label="Job title" />
            <TextField {...form.field('company')} label="Company" />
            <TextField {...form.field('start')} label="Started" hint={MONTH_HINT} />
            <TextField {...form.field('end')} label="Ended" hint="Leave empty while you work there" />
            <TextareaField {...form.field('description')} label="What you did" rows={3} />
          </fieldset>
        );
      })}
    </div>
  );
}

function EducationRows(props: { rows: ResumeFormValues['education']; errors: FieldError[] }) {
  const rows = [...props.rows, { school: '', degree: '', end: '' }];
  return (
    <div>
      {rows.map((row, i) => {
        const form = formBinding(row, props.errors, `education[${i}].`);
        return (
          <fieldset class="fieldset">
            <legend>{i === props.rows.length ? 'Add a school' : `School ${i + 1}`}</legend>
            <TextField {...form.field('school')} label="School" />
            <TextField {...form.field('degree')} label="Degree" />
            <TextField {...form.field('end')} label="Finished" hint={MONTH_HINT} />
          </fieldset>
        );
      })}
    </div>
  );
}

function LinkRows(props: { rows: ResumeFormValues['links']; errors: FieldError[] }) {
  const rows = [...props.rows, { label: '', url: '' }];
  return (
    <div>
      {rows.map((row, i) => {
        const form = formBinding(row, props.errors, `links[${i}].`);
        return (
          <fieldset class="fieldset">
            <legend>{i === props.rows.length ? 'Add a link' : `Link ${i + 1}`}</legend>
            <TextField {...form.field('label')} label="Link label" />
            <TextField {...form.field('url')} label="Address" type="url" hint="An http:// or https:// address" />
          </fieldset>
        );
      })}
    </div>
  );
}

function HandleSection(props: { model: ResumeEditPageModel; csrfToken: string | null }) {
  const { handle, saved } = props.model;
  if (!handle) {
    return (
      <section class="panel plus-box" aria-labelledby="handle-heading">
        <h2 id="handle-heading">A featured resume and your own address come with Plus</h2>
        <p>
          Plus members’ resumes are pinned at the top of the talent directory and marked as featured, and can have an address of their own,
          such as /r/your-name.
        </p>
        <p>
          <a href="/pricing">See what Plus includes</a>
        </p>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="handle-heading">
      <h2 id="handle-heading">Your resume’s address</h2>
      {handle.url ? (
        <p>
          Your resume answers at <a href={handle.url}>{handle.url}</a> while it is public.
        </p>
      ) : null}
      {saved ? (
        <form method="post" action="/me/resume/handle" novalidate>
          <CsrfField token={props.csrfToken} />
          <TextField
            name="handle"
            label="Handle"
            hint="3–30 letters, digits or hyphens; it becomes /r/your-handle"
            value={handle.value}
            error={fieldError(handle.errors, 'handle')}
            maxlength={30}
          />
          <button type="submit">Save handle</button>
        </form>
      ) : (
        <p class="muted">Save your resume first, then choose its address.</p>
      )}
    </section>
  );
}

function FileSection(props: { model: ResumeEditPageModel; csrfToken: string | null }) {
  const { file, fileErrors, saved } = props.model;
  return (
    <section class="panel" aria-labelledby="file-heading">
      <h2 id="file-heading">Your CV as a PDF</h2>
      {file ? (
        <p>
          <a href="/me/resume/file">Download your PDF</a> ({file.size}, uploaded {file.uploadedOn})
        </p>
      ) : (
        <p class="muted">No PDF yet.</p>
      )}
      {saved ? (
        <form method="post" action="/me/resume/file" enctype="multipart/form-data" novalidate>
          <CsrfField token={props.csrfToken} />
          <FileField
            name="file"
            label="PDF file"
            accept="application/pdf,.pdf"
            hint="A PDF of at most 2 MB. It goes with the applications you attach your resume to; it is never public."
            error={fieldError(fileErrors, 'file')}
          />
          <button type="submit">Upload PDF</button>
        </form>
      ) : (
        <p class="muted">Save your resume first, then upload its PDF.</p>
      )}
      {file ? <ActionButton action="/me/resume/file/delete" label="Remove PDF" variant="secondary" csrfToken={props.csrfToken} /> : null}
    </section>
  );
}

/** /me/resume: the resume form, the PDF, and the custom address (Plus). */
export function ResumeEditPage(props: { shell: ShellModel; model: ResumeEditPageModel }) {
  const { shell, model } = props;
  const { values, errors } = model;
  const form = formBinding(values, errors);
  return (
    <Layout shell={shell} head={{ title: 'Your resume', description: 'Your resume, its PDF and who can see it.', noindex: true }}>
      <header class="page-header">
        <h1>Your resume</h1>
        <p class="lede">
          One resume to attach to your applications and, if you make it public, to be found by in the <a href="/talent">talent directory</a>
          .
        </p>
        {model.publicHref ? (
          <p>
            Public at <a href={model.publicHref}>{model.publicHref}</a>
            {model.featured ? ' · featured' : ''}
          </p>
        ) : null}
      </header>
      <ErrorSummary errors={[...errors, ...model.fileErrors, ...(model.handle?.errors ?? [])]} title="Your resume was not saved" />
      <div class="layout-sidebar">
        <form method="post" action="/me/resume" class="panel" novalidate>
          <CsrfField token={shell.csrfToken} />
          <TextField {...form.field('headline')} label="Headline" hint="What you do, in a line" maxlength={120} />
          <TextareaField {...form.field('summary')} label="Summary" hint="Markdown: **bold**, lists, links." rows={6} />
          <TextField {...form.field('location')} label="Location" hint="For example “Berlin, Germany”" />
          <TextareaField {...form.field('skills')} label="Skills" hint="One per line (or separated by commas), at most 50" rows={5} />
          <h2>Experience</h2>
          <ExperienceRows rows={values.experience} errors={errors} />
          <h2>Education</h2>
          <EducationRows rows={values.education} errors={errors} />
          <h2>Links</h2>
          <LinkRows rows={values.links} errors={errors} />
          <SelectField
            {...form.field('visibility')}
            label="Who can see it"
            hint="Public resumes are listed in the talent directory and readable by anyone."
            options={[
              { value: 'private', label: 'Only me (and employers I apply to)' },
              { value: 'public', label: 'Everyone: list me in the talent directory' },
            ]}
          />
          <button type="submit" id={fieldId('save')}>
            Save resume
          </button>
        </form>
        <div>
          <FileSection model={model} csrfToken={shell.csrfToken} />
          <HandleSection model={model} csrfToken={shell.csrfToken} />
        </div>
      </div>
    </Layout>
  );
}
