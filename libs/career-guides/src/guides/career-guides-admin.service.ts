import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditTrail, fieldChanges } from '@app/audit';
import { DomainError, ErrorCode } from '@app/common';
import { isUniqueViolation } from '@app/database';
import { parseCareerGuide } from '../import/parse-career-guide.util';
import { CareerGuide } from './career-guide.entity';
import { GuideStatus } from './guide-status';
import { CareerGuidesRepository, GUIDE_SLUG_CONSTRAINT } from './career-guides.repository';
import { completeGuideDraft } from './complete-guide-draft.util';
import { toGuideView, GuideView } from './guide-view';
import { GuideChanges, GuideDraft, GuideInput } from './guide-write.types';
import { inferJobCategory } from './infer-job-category.util';
import { mergeGuideChanges } from './merge-guide-changes.util';
import { nextFreeSlug } from './next-free-slug.util';
import { slugifyTitle } from './slugify-title.util';

const SLUG_ATTEMPTS = 5;

const slugTaken = (): DomainError =>
  new DomainError(ErrorCode.Conflict, 'slug: is already used by another guide', [
    { field: 'slug', message: 'is already used by another guide' },
  ]);

const staleVersion = (): DomainError =>
  new DomainError(ErrorCode.Conflict, 'version: the guide was changed since you read it; reload it and apply your edit again', [
    { field: 'version', message: 'is not the current version of the guide' },
  ]);

type GuideAction = 'create' | 'import' | 'update' | 'delete' | 'publish' | 'unpublish';

/**
 * What admins do with guides: write, import, publish. Every change to an existing guide names the version it read;
 * every change is recorded in the audit trail in its own transaction, so a refused one leaves no entry.
 */
@Injectable()
export class CareerGuidesAdminService {
  constructor(
    private readonly guides: CareerGuidesRepository,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(id: string): Promise<GuideView> {
    return toGuideView(await this.load(id));
  }

  async create(actor: AuditActor, input: GuideInput): Promise<GuideView> {
    return toGuideView(await this.insertDraft(actor, 'create', completeGuideDraft(input)));
  }

  /** Parses a pasted guide into a draft; text that is not a guide is refused naming what is missing. */
  async importText(actor: AuditActor, text: string): Promise<GuideView> {
    const result = parseCareerGuide(text);
    if (!result.ok) {
      const missing = result.errors.map((error) => error.field).join(', ');
      throw new DomainError(ErrorCode.BadInput, `The text could not be read as a career guide (${missing})`, result.errors);
    }
    return toGuideView(await this.insertDraft(actor, 'import', { ...result.guide, jobCategory: inferJobCategory(result.guide.title) }));
  }

  async update(actor: AuditActor, id: string, { version, ...changes }: GuideChanges & { version: number }): Promise<GuideView> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const current = await this.guides.lock(id, manager);
        if (!current) throw DomainError.notFound('Career guide');
        if (current.version !== version) throw staleVersion();
        const update = mergeGuideChanges(current, changes);
        const outcome = await this.guides.updateIfVersion(id, version, update, manager);
        if (outcome === 'stale') throw staleVersion();
        if (outcome === 'missing') throw DomainError.notFound('Career guide');
        const written = fieldChanges(current, update as Partial<CareerGuide>, Object.keys(update) as Array<keyof CareerGuide & string>);
        await this.record(manager, actor, 'update', id, { ...written, version: { from: version, to: version + 1 } });
      });
    } catch (error) {
      if (isUniqueViolation(error, GUIDE_SLUG_CONSTRAINT)) throw slugTaken();
      throw error;
    }
    return this.get(id);
  }

  async remove(actor: AuditActor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const guide = await this.guides.lock(id, manager);
      if (!guide || !(await this.guides.delete(id, manager))) throw DomainError.notFound('Career guide');
      await this.record(manager, actor, 'delete', id, { title: { from: guide.title }, slug: { from: guide.slug } });
    });
  }

  /** Makes the guide public (idempotent: publishing a published guide changes nothing and records nothing). */
  async publish(actor: AuditActor, id: string): Promise<GuideView> {
    return this.moveTo(actor, id, 'publish', (guide) => (guide.status === 'published' ? null : 'published'));
  }

  /** Hides a published guide again; it becomes `archived` (a guide never published stays a draft). */
  async unpublish(actor: AuditActor, id: string): Promise<GuideView> {
    return this.moveTo(actor, id, 'unpublish', (guide) => (guide.status === 'published' ? 'archived' : null));
  }

  private async moveTo(
    actor: AuditActor,
    id: string,
    action: GuideAction,
    target: (guide: CareerGuide) => GuideStatus | null,
  ): Promise<GuideView> {
    await this.dataSource.transaction(async (manager) => {
      const guide = await this.guides.lock(id, manager);
      if (!guide) throw DomainError.notFound('Career guide');
      const status = target(guide);
      if (status === null) return;
      await this.guides.setStatus(id, status, status === 'published' ? new Date() : undefined, manager);
      await this.record(manager, actor, action, id, { status: { from: guide.status, to: status } });
    });
    return this.get(id);
  }

  private async load(id: string): Promise<CareerGuide> {
    const guide = await this.guides.findById(id);
    if (!guide) throw DomainError.notFound('Career guide');
    return guide;
  }

  private record(manager: EntityManager, actor: AuditActor, action: GuideAction, id: string, changes: Record<string, unknown>) {
    return this.audit.record(manager, { actor, action: `guide.${action}`, entity: 'guide', entityId: id, changes });
  }

  /** Stores a draft under the given slug, or under the title's slug with -2, -3… when that is taken. */
  private async insertDraft(actor: AuditActor, action: GuideAction, { slug, ...content }: GuideDraft): Promise<CareerGuide> {
    const base = slugifyTitle(content.title);
    for (let attempt = 1; ; attempt++) {
      const candidate = slug ?? nextFreeSlug(base, await this.guides.slugsLike(base));
      try {
        return await this.dataSource.transaction(async (manager) => {
          const guide = await this.guides.insert({ ...content, slug: candidate, status: 'draft', publishedAt: null }, manager);
          await this.record(manager, actor, action, guide.id, {
            title: { to: guide.title },
            slug: { to: guide.slug },
            status: { to: 'draft' },
          });
          return guide;
        });
      } catch (error) {
        if (!isUniqueViolation(error, GUIDE_SLUG_CONSTRAINT)) throw error;
        if (slug !== undefined || attempt >= SLUG_ATTEMPTS) throw slugTaken();
      }
    }
  }
}
