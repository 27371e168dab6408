import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { DomainError } from '@app/common';
import { PublicResumeRow } from './resume-row';
import { PublicResumeView } from './resume-view';
import { ResumesRepository } from './resumes.repository';
import { toResumeContent } from './to-resume-view.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Public resumes for anyone (`GET /v1/resumes/:idOrHandle`, `/r/…`); private ones do not exist for others. */
@Injectable()
export class PublicResumesService {
  constructor(
    private readonly resumes: ResumesRepository,
    private readonly entitlements: EntitlementsService,
  ) {}

  /** By id, or by handle — a handle answers only while its owner may have a custom URL (Plus). */
  async get(idOrHandle: string): Promise<PublicResumeView> {
    const byId = UUID.test(idOrHandle);
    const row = byId ? await this.resumes.findPublicById(idOrHandle) : await this.resumes.findPublicByHandle(idOrHandle);
    if (!row) throw DomainError.notFound('Resume');
    const { customResumeUrl } = await this.entitlements.forUser(row.user_id);
    if (!byId && !customResumeUrl) throw DomainError.notFound('Resume');
    return toPublicResumeView(row, customResumeUrl);
  }
}

function toPublicResumeView(row: PublicResumeRow, handleActive: boolean): PublicResumeView {
  return {
    id: row.id,
    name: row.owner_name,
    ...toResumeContent(row),
    handle: handleActive ? row.handle : null,
    featured: row.featured,
    updatedAt: row.updated_at.toISOString(),
  };
}
