import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CareerGuide } from './career-guide.entity';
import { GuideStatus } from './guide-status';
import { GuideDraft } from './guide-write.types';

export const GUIDE_SLUG_CONSTRAINT = 'career_guides_slug_key';

export type GuideRow = Omit<GuideDraft, 'slug'> & { slug: string; status: GuideStatus; publishedAt: Date | null };
export type GuideUpdate = QueryDeepPartialEntity<CareerGuide>;
export type VersionedWrite = 'done' | 'stale' | 'missing';

/** Career guides by id and slug; every write that an admin makes is conditional on the version they read. */
@Injectable()
export class CareerGuidesRepository {
  constructor(@InjectRepository(CareerGuide) private readonly guides: Repository<CareerGuide>) {}

  findById(id: string, manager?: EntityManager): Promise<CareerGuide | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findBySlug(slug: string): Promise<CareerGuide | null> {
    return this.guides.findOneBy({ slug });
  }

  /** Slugs equal to `base` or `base-<n>`, to choose the next free one. */
  async slugsLike(base: string): Promise<string[]> {
    const rows = await this.guides
      .createQueryBuilder('g')
      .select('g.slug', 'slug')
      .where('g.slug = :base OR g.slug ~ :suffixed', { base, suffixed: `^${base}-[0-9]+$` })
      .getRawMany<{ slug: string }>();
    return rows.map((row) => row.slug);
  }

  /** Inserts a guide; a taken slug surfaces as a unique violation on GUIDE_SLUG_CONSTRAINT. */
  async insert(row: GuideRow, manager?: EntityManager): Promise<CareerGuide> {
    const result = await this.repo(manager).insert(row as QueryDeepPartialEntity<CareerGuide>);
    const id = (result.identifiers[0] as { id: string }).id;
    return this.repo(manager).findOneByOrFail({ id });
  }

  /** Inserts the guides whose slug is free and returns how many were added. */
  async insertMissing(rows: GuideRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const result = await this.guides
      .createQueryBuilder()
      .insert()
      .values(rows as QueryDeepPartialEntity<CareerGuide>[])
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Applies `changes` only while the guide is still at `version` (the version column is bumped). */
  async updateIfVersion(id: string, version: number, changes: GuideUpdate, manager?: EntityManager): Promise<VersionedWrite> {
    const result = await this.repo(manager).update({ id, version }, changes);
    if (result.affected) return 'done';
    return (await this.repo(manager).existsBy({ id })) ? 'stale' : 'missing';
  }

  /** Moves a guide to `status` unless it is there already; true when the guide exists. */
  async setStatus(id: string, status: GuideStatus, publishedAt?: Date, manager?: EntityManager): Promise<boolean> {
    const changes: GuideUpdate = publishedAt ? { status, publishedAt } : { status };
    const result = await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('id = :id AND status <> :status', { id, status })
      .execute();
    return Boolean(result.affected) || this.repo(manager).existsBy({ id });
  }

  async delete(id: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.repo(manager).delete({ id });
    return Boolean(result.affected);
  }

  /** Locks the guide's row until the caller's transaction ends; null when there is none. */
  lock(id: string, manager: EntityManager): Promise<CareerGuide | null> {
    return manager.getRepository(CareerGuide).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private repo(manager?: EntityManager): Repository<CareerGuide> {
    return manager ? manager.getRepository(CareerGuide) : this.guides;
  }
}
