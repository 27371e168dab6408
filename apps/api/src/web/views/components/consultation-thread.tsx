import { h } from '../../html/jsx';

export interface ThreadMessageModel {
  id: string;
  /** "You", the seeker's name, or the consultant's. */
  author: string;
  fromConsultant: boolean;
  body: string;
  date: string;
  iso: string;
}

/** A thread's messages in the order written; the text is shown as typed (escaped, line breaks kept). */
export function ConsultationThread(props: { messages: ThreadMessageModel[] }) {
  return (
    <ol class="thread" aria-label="Conversation">
      {props.messages.map((message) => (
        <li class={message.fromConsultant ? 'message message-consultant' : 'message'} id={`message-${message.id}`}>
          <p class="message-meta">
            <strong>{message.author}</strong>
            {message.fromConsultant ? <span class="pill pill-status">Consultant</span> : null}{' '}
            <time datetime={message.iso}>{message.date}</time>
          </p>
          <p class="message-body">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
