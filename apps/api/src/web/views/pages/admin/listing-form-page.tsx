import { FieldError } from '@app/common';
import { Html } from '../../../html/html';
import { h } from '../../../html/jsx';
import type { ListingFormOptions, ListingFormValues } from '../../../admin/listing-form';
import { AdminLayout } from '../../components/admin-layout';
import {
  ActionButton,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  formBinding,
  SelectField,
  TextareaField,
  TextField,
} from '../../components/form-fields';
import { StatusPill } from '../../components/status-pill';
import { ShellModel } from '../../shell-model';

export interface ListingFormPageModel {
  /** null for a new listing. */
  listing: { id: string; slug: string; status: string; applications: string; publicHref: string | null } | null;
  values: ListingFormValues;
  errors: FieldError[];
  options: ListingFormOptions;
  /** The description rendered by the public page's sanitizer, when asked for. */
  preview: Html | null;
}

/** The live preview region: what the server's sanitizer makes of the description (site.js refreshes it as you type). */
export function ListingPreview(props: { preview: Html | null }) {
  return (
    <section id="listing-preview" class="panel preview" aria-labelledby="listing-preview-heading" aria-live="polite">
      <h2 id="listing-preview-heading">Preview</h2>
      {props.preview && props.preview.value.trim() !== '' ? (
        <div class="description">{props.preview}</div>
      ) : (
        <p class="muted">Press “Preview” to see the description as the listing page shows it.</p>
      )}
    </section>
  );
}

function ListingActions(props: { listing: NonNullable<ListingFormPageModel['listing']>; csrfToken: string | null }) {
  const { listing, csrfToken } = props;
  const base = `/admin/jobs/${listing.id}`;
  return (
    <section class="panel" aria-labelledby="listing-actions-heading">
      <h2 id="listing-actions-heading">This listing</h2>
      <p>
        Status: <StatusPill status={listing.status} />
      </p>
      <p class="button-row">
        {listing.publicHref ? <a href={listing.publicHref}>View on the site</a> : null}
        <a href={`${base}/applications`}>{listing.applications}</a>
      </p>
      <div class="button-row">
        <ActionButton action={`${base}/publish`} label={listing.status === 'draft' ? 'Publish' : 'Publish again'} csrfToken={csrfToken} />
        {listing.status === 'draft' || listing.status === 'closed' ? null : (
          <ActionButton action={`${base}/close`} label="Close listing" csrfToken={csrfToken} variant="secondary" />
        )}
      </div>
      <details class="danger-zone">
        <summary>Delete this listing</summary>
        <p class="small">Deleting removes the listing and its applications for good. Closing keeps them.</p>
        <ActionButton action={`${base}/delete`} label="Delete listing for good" csrfToken={csrfToken} variant="danger" />
      </details>
    </section>
  );
}

export function ListingFormPage(props: { shell: ShellModel; model: ListingFormPageModel }) {
  const { shell, model } = props;
  const { values, errors, options } = model;
  const form = formBinding(values, errors);
  const action = model.listing ? `/admin/jobs/${model.listing.id}` : '/admin/jobs/new';
  return (
    <AdminLayout shell={shell} title={model.listing ? `Edit: ${values.title || 'listing'}` : 'New listing'}>
      <ErrorSummary errors={errors} />
      <div class="layout-sidebar">
        <div>
          <form method="post" action={action} class="panel" novalidate data-preview-form="/admin/jobs/preview">
            <CsrfField token={shell.csrfToken} />
            <TextField {...form.field('title')} label="Title" maxlength={200} />
            <TextField {...form.field('company.name')} label="Company" maxlength={200} />
            <TextField {...form.field('company.website')} label="Company website" type="url" hint="Optional, https://…" />
            <TextareaField
              {...form.field('description')}
              label="Description"
              hint="Markdown: **bold**, lists, links. Shown sanitized, like the preview."
              rows={12}
            />
            <div class="grid-2">
              <SelectField {...form.field('employmentType')} label="Job type" options={options.employmentTypes} />
              <SelectField {...form.field('seniority')} label="Level" options={options.seniorities} />
            </div>
            <SelectField {...form.field('category')} label="Category" options={options.categories} />
            <CheckboxField {...form.checkbox('remote')} label="Remote" />
            <TextField {...form.field('regions')} label="Regions" hint="Separate with commas, e.g. Europe, USA; Anywhere for everywhere" />
            <TextField {...form.field('location')} label="Location" hint="Optional, e.g. Berlin" />
            <div class="grid-2">
              <TextField {...form.field('salaryMin')} label="Salary from" inputmode="numeric" />
              <TextField {...form.field('salaryMax')} label="Salary to" inputmode="numeric" />
            </div>
            <div class="grid-2">
              <TextField {...form.field('salaryCurrency')} label="Currency" hint="ISO code, e.g. USD" maxlength={3} />
              <SelectField {...form.field('salaryPeriod')} label="Salary per" options={options.periods} />
            </div>
            <TextField {...form.field('tags')} label="Skills" hint="Separate with commas, e.g. go, kubernetes" />
            <TextField
              {...form.field('applyUrl')}
              label="Apply URL"
              type="url"
              hint="Optional: applications go to this site instead of ours"
            />
            <CheckboxField {...form.checkbox('featured')} label="Featured (pinned on the first page)" />
            <div class="button-row">
              <button type="submit">{model.listing ? 'Save changes' : 'Save draft'}</button>
              <button type="submit" name="intent" value="preview" class="button-secondary">
                Preview
              </button>
            </div>
          </form>
          <ListingPreview preview={model.preview} />
        </div>
        <div>
          {model.listing ? (
            <ListingActions listing={model.listing} csrfToken={shell.csrfToken} />
          ) : (
            <p class="panel muted">A new listing is saved as a draft; publish it from its page.</p>
          )}
        </div>
      </div>
    </AdminLayout>
  );
}
