import { h } from '../../../html/jsx';
import { ConsultationThread, ThreadMessageModel } from '../../components/consultation-thread';
import { MessageForm, MessageFormModel } from '../../components/message-form';
import { Pagination } from '../../components/pagination';
import { AdminLayout } from '../../components/admin-layout';
import { ShellModel } from '../../shell-model';

export interface QueueTabModel {
  label: string;
  href: string;
  current: boolean;
}

export interface QueueItemModel {
  id: string;
  topic: string;
  seeker: string;
  /** "Waiting since 3 Mar 2026, 09:12 UTC · 3 messages". */
  facts: string;
  latest: ThreadMessageModel;
  /** The reply form, or null for a closed thread. */
  form: MessageFormModel | null;
}

export interface ConsultationQueuePageModel {
  tabs: QueueTabModel[];
  /** "Waiting for a consultant, longest first". */
  heading: string;
  empty: string;
  items: QueueItemModel[];
  nextHref: string | null;
  firstHref: string | null;
}

/** /admin/consultations: the consultants' queue by status, waiting first, each thread with its reply form. */
export function ConsultationQueuePage(props: { shell: ShellModel; model: ConsultationQueuePageModel }) {
  const { shell, model } = props;
  return (
    <AdminLayout
      shell={shell}
      title="Consultations"
      description="Questions of Plus subscribers to the career consultant."
      lede="Questions of Plus subscribers. Your reply is signed with your name and mailed to the seeker."
    >
      <nav class="tabs" aria-label="Status">
        <ul>
          {model.tabs.map((tab) => (
            <li>
              <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{model.heading}</h2>
      {model.items.length > 0 ? (
        <ul class="item-list" aria-label={model.heading}>
          {model.items.map((item) => (
            <li class="item">
              <article aria-label={item.topic}>
                <h3 class="item-title">
                  <a href={`/admin/consultations/${item.id}`}>{item.topic}</a>
                </h3>
                <p class="small muted">
                  {item.seeker} · {item.facts}
                </p>
                <p class="small">Latest message:</p>
                <ConsultationThread messages={[item.latest]} />
                {item.form ? <MessageForm model={item.form} csrfToken={shell.csrfToken} /> : null}
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{model.empty}</p>
      )}
      <Pagination nextHref={model.nextHref} firstHref={model.firstHref} />
    </AdminLayout>
  );
}
