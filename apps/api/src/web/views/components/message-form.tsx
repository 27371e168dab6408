import { CONSULTATION_LIMITS } from '@app/consultations';
import { h } from '../../html/jsx';
import { CsrfField, TextareaField } from './form-fields';

export interface MessageFormModel {
  action: string;
  value: string;
  error?: string;
  /** The textarea's id: unique on a page that holds several of these forms. */
  fieldId: string;
  /** Read after "Send" by screen readers where several forms share a page ("reply to …"). */
  sendContext?: string;
  hidden?: Record<string, string>;
  rows?: number;
}

/** One message of a thread: "Message" and "Send". */
export function MessageForm(props: { model: MessageFormModel; csrfToken: string | null }) {
  const { model } = props;
  return (
    <form method="post" action={model.action} class="message-form" novalidate>
      <CsrfField token={props.csrfToken} />
      {Object.entries(model.hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <TextareaField
        name="message"
        id={model.fieldId}
        label="Message"
        value={model.value}
        error={model.error}
        rows={model.rows ?? 5}
        maxlength={CONSULTATION_LIMITS.messageMaxLength}
      />
      <button type="submit">
        Send
        {model.sendContext ? <span class="visually-hidden"> {model.sendContext}</span> : null}
      </button>
    </form>
  );
}
