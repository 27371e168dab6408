import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/common';
import { isUniqueViolation } from '@app/database';
import { parseCareerGuide } from '../import/parse-career-guide.util';
import { CareerGuide } from './career-guide.entity';
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

/** What admins do with guides: write, import, publish. Every change to an existing guide names the version it read. */
@Injectable()
export class CareerGuidesAdminService {
  constructor(private readonly guides: CareerGuidesRepository) {}

  async get(id: string): Promise<GuideView> {
    return toGuideView(await this.load(id));
  }

  async create(input: GuideInput): Promise<GuideView> {
    return toGuideView(await this.insertDraft(completeGuideDraft(input)));
  }

  /** Parses a pasted guide into a draft; text that is not a guide is refused naming what is missing. */
  async importText(text: string): Promise<GuideView> {
    const result = parseCareerGuide(text);
    if (!result.ok) {
      const missing = result.errors.map((error) => error.field).join(', ');
      throw new DomainError(ErrorCode.BadInput, `The text could not be read as a career guide (${missing})`, result.errors);
    }
    return toGuideView(await this.insertDraft({ ...result.guide, jobCategory: inferJobCategory(result.guide.title) }));
  }

  async update(id: string, { version, ...changes }: GuideChanges & { version: number }): Promise<GuideView> {
    const current = await this.load(id);
    if (current.version !== version) throw staleVersion();
    try {
      const outcome = await this.guides.updateIfVersion(id, version, mergeGuideChanges(current, changes));
      if (outcome === 'stale') throw staleVersion();
      if (outcome === 'missing') throw DomainError.notFound('Career guide');
    } catch (error) {
      if (isUniqueViolation(error, GUIDE_SLUG_CONSTRAINT)) throw slugTaken();
      throw error;
    }
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.guides.delete(id))) throw DomainError.notFound('Career guide');
  }

  /** Makes the guide public (idempotent: publishing a published guide changes nothing). */
  async publish(id: string): Promise<GuideView> {
    if (!(await this.guides.setStatus(id, 'published', new Date()))) throw DomainError.notFound('Career guide');
    return this.get(id);
  }

  /** Hides a published guide again; it becomes `archived` (a guide never published stays a draft). */
  async unpublish(id: string): Promise<GuideView> {
    const guide = await this.load(id);
    if (guide.status === 'published') await this.guides.setStatus(id, 'archived');
    return this.get(id);
  }

  private async load(id: string): Promise<CareerGuide> {
    const guide = await this.guides.findById(id);
    if (!guide) throw DomainError.notFound('Career guide');
    return guide;
  }

  /** Stores a draft under the given slug, or under the title's slug with -2, -3… when that is taken. */
  private async insertDraft({ slug, ...content }: GuideDraft): Promise<CareerGuide> {
    const base = slugifyTitle(content.title);
    for (let attempt = 1; ; attempt++) {
      const candidate = slug ?? nextFreeSlug(base, await this.guides.slugsLike(base));
      try {
        return await this.guides.insert({ ...content, slug: candidate, status: 'draft', publishedAt: null });
      } catch (error) {
        if (!isUniqueViolation(error, GUIDE_SLUG_CONSTRAINT)) throw error;
        if (slug !== undefined || attempt >= SLUG_ATTEMPTS) throw slugTaken();
      }
    }
  }
}
