import { Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AUDIT_ENTITIES, AuditEntryView, AuditLog } from '@app/audit';
import { AuditQueryDto } from '../../audit/dto/audit-query.dto';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { formatDateTime } from '../views/format';
import { AuditPage, AuditRow } from '../views/pages/admin/audit-page';
import { listQueryOf } from './admin-request';

const ENTITY_NAMES: Record<string, string> = {
  listing: 'Listing',
  guide: 'Guide',
  application: 'Application',
  user: 'User',
  alert_run: 'Alert run',
};

const ENTITY_PAGES: Partial<Record<string, (id: string) => string>> = {
  listing: (id) => `/admin/jobs/${id}`,
  guide: (id) => `/admin/guides/${id}`,
  alert_run: () => '/admin/alerts',
};

const MAX_SHOWN = 60;

const shown = (value: unknown): string => {
  const text = value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};

/** "status: draft → published", "title: → Backend Engineer" for each field written. */
export function describeChanges(changes: Record<string, unknown>): string[] {
  return Object.entries(changes).map(([field, change]) => {
    const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
    if ('from' in (change as object) && 'to' in (change as object)) return `${field}: ${shown(from)} → ${shown(to)}`;
    if ('to' in (change as object)) return `${field}: ${shown(to)}`;
    return `${field} was ${shown(from)}`;
  });
}

function toAuditRow(entry: AuditEntryView): AuditRow {
  const toPage = ENTITY_PAGES[entry.entity];
  return {
    id: entry.id,
    at: formatDateTime(entry.createdAt),
    atIso: entry.createdAt,
    actor: entry.actor ? entry.actor.name || entry.actor.email : 'deleted user',
    actorHref: entry.actor ? `/admin/audit?actor=${entry.actor.id}` : null,
    action: entry.action,
    entity: ENTITY_NAMES[entry.entity] ?? entry.entity,
    entityHref: toPage && !entry.action.endsWith('.delete') ? toPage(entry.entityId) : null,
    changes: describeChanges(entry.changes),
    requestId: entry.requestId ?? '—',
  };
}

/** /admin/audit: the audit trail, by what changed and by who, from the same reader as GET /v1/admin/audit. */
@WebController('admin/audit')
export class AdminAuditPages {
  constructor(
    private readonly audit: AuditLog,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const { form, query, pageLinks } = await listQueryOf(AuditQueryDto, raw, ['entity', 'actor']);
    const [shell, found] = await Promise.all([this.shell.of(request, reply), this.audit.list(query)]);
    const byActor = form.actor ? found.items.find((entry) => entry.actor?.id === form.actor)?.actor : undefined;
    const model = {
      filter: form,
      entities: [
        { value: '', label: 'Everything' },
        ...AUDIT_ENTITIES.map((entity) => ({ value: entity, label: ENTITY_NAMES[entity] ?? entity })),
      ],
      actorName: form.actor ? (byActor?.name ?? 'this admin') : null,
      rows: found.items.map(toAuditRow),
      ...pageLinks('/admin/audit', found.nextCursor),
    };
    return page(render(<AuditPage shell={shell} model={model} />));
  }
}
