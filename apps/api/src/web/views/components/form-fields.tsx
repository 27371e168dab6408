import { FieldError } from '@app/common';
import { Child, h } from '../../html/jsx';
import { CSRF_FIELD } from '../../http/csrf.guard';

/** The id of a field's control, from its name (`criteria.q` → `field-criteria-q`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The message a refused form shows beside one field: its own and its parts' (`tags.0`), joined. */
export function fieldError(errors: FieldError[], field: string): string | undefined {
  const found = errors.filter((error) => error.field === field || error.field.startsWith(`${field}.`));
  return found.length > 0 ? found.map((error) => error.message).join('; ') : undefined;
}

type BooleanKey<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V] & string;

/**
 * A form's fields bound by name to its values and errors, so each field is named once:
 * `<TextField {...form.field('title')} label="Title" />`, `<CheckboxField {...form.checkbox('remote')} label="Remote" />`.
 * `prefix` names the fields of a group whose values are kept without it (`experience[0].` + `title`).
 */
export function formBinding<V extends object>(values: V, errors: FieldError[], prefix = '') {
  return {
    field: <K extends keyof V & string>(key: K) => ({ name: prefix + key, value: values[key], error: fieldError(errors, prefix + key) }),
    checkbox: <K extends BooleanKey<V>>(key: K) => ({
      name: prefix + key,
      checked: values[key] as boolean,
      error: fieldError(errors, prefix + key),
    }),
  };
}

/** GOV.UK's error summary: at the top of a refused form, each error a link to its field. */
export function ErrorSummary(props: { errors: FieldError[]; title?: string }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} data-error-summary="">
      <h2 id="error-summary-title">{props.title ?? 'There is a problem'}</h2>
      <ul>
        {props.errors.map((error) => (
          <li>{error.field ? <a href={`#${fieldId(error.field)}`}>{error.message}</a> : error.message}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  /** Text, or a sentence with a link in it ("Daily alerts come with Plus"). */
  hint?: Child;
  /** The label is read by screen readers only (the field's purpose is shown another way). */
  hiddenLabel?: boolean;
  /** The control's id when one page holds several forms with the same field (default: from the name). */
  id?: string;
}

const controlId = (props: FieldProps): string => props.id ?? fieldId(props.name);

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${controlId(props)}-hint` : null, props.error ? `${controlId(props)}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldProps & { children?: Child }) {
  const id = controlId(props);
  return (
    <div class={props.error ? 'form-group form-group-error' : 'form-group'}>
      <label for={id} class={props.hiddenLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </span>
      ) : null}
      {props.children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    value?: string | number | null;
    type?: 'text' | 'email' | 'password' | 'search' | 'number' | 'url' | 'month';
    autocomplete?: string;
    required?: boolean;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'search' | 'text' | 'url';
    maxlength?: number;
    placeholder?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        id={controlId(props)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : (props.value ?? undefined)}
        autocomplete={props.autocomplete}
        required={props.required}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        placeholder={props.placeholder}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

export function TextareaField(props: FieldProps & { value?: string | null; rows?: number; maxlength?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={controlId(props)}
        name={props.name}
        rows={props.rows ?? 6}
        maxlength={props.maxlength}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/** A file picker; the bytes come back as the multipart part `name`, so its form needs `enctype="multipart/form-data"`. */
export function FileField(props: FieldProps & { accept: string }) {
  return (
    <FieldFrame {...props}>
      <input
        type="file"
        id={controlId(props)}
        name={props.name}
        accept={props.accept}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}

export function SelectField(
  props: FieldProps & { value?: string | null; options: SelectOption[]; groups?: SelectOptionGroup[]; autocomplete?: string },
) {
  const selected = props.value ?? '';
  const options = (list: SelectOption[]) =>
    list.map((option) => (
      <option value={option.value} selected={option.value === selected}>
        {option.label}
      </option>
    ));
  return (
    <FieldFrame {...props}>
      <select
        id={controlId(props)}
        name={props.name}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {options(props.options)}
        {(props.groups ?? []).map((group) => (
          <optgroup label={group.label}>{options(group.options)}</optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(props: { name: string; label: string; checked: boolean; value?: string; error?: string }) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'form-group form-group-error' : 'form-group'}>
      {props.error ? (
        <span class="field-error" id={`${id}-error`}>
          {props.error}
        </span>
      ) : null}
      <label class="checkbox" for={id}>
        <input
          type="checkbox"
          id={id}
          name={props.name}
          value={props.value ?? 'true'}
          checked={props.checked}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />
        {props.label}
      </label>
    </div>
  );
}

export function CsrfField(props: { token: string | null }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token ?? ''} />;
}

/** A form with one button that posts (save, remove, pause…), with its CSRF token. */
export function ActionButton(props: {
  action: string;
  label: string;
  csrfToken: string | null;
  variant?: 'primary' | 'secondary' | 'danger' | 'link' | 'plus';
  hidden?: Record<string, string>;
  enhance?: string;
}) {
  const variant = props.variant ?? 'primary';
  return (
    <form method="post" action={props.action} data-enhance={props.enhance}>
      <CsrfField token={props.csrfToken} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={variant === 'primary' ? undefined : `button-${variant}`}>
        {props.label}
      </button>
    </form>
  );
}
