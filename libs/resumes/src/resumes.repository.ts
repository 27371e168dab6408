import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResumeEducation, ResumeExperience, ResumeLink, ResumeVisibility } from './resume-fields';
import { PublicResumeRow, ResumeRow } from './resume-row';
import { RESUME_SQL as SQL } from './resume-statements';

/** What a save writes (already normalised, the summary rendered). */
export interface ResumeWrite {
  headline: string;
  summary: string;
  summaryHtml: string;
  location: string | null;
  skills: string[];
  experience: ResumeExperience[];
  education: ResumeEducation[];
  links: ResumeLink[];
  visibility: ResumeVisibility;
}

/** Resumes by intent; the owner's id comes first wherever a user acts on their own resume. */
@Injectable()
export class ResumesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findOfUser(userId: string, manager?: EntityManager): Promise<ResumeRow | null> {
    const [row] = await (manager ?? this.dataSource).query(SQL.ofUser, [userId]);
    return row ?? null;
  }

  async findPublicById(id: string): Promise<PublicResumeRow | null> {
    const [row] = await this.dataSource.query(SQL.publicById, [id]);
    return row ?? null;
  }

  async findPublicByHandle(handle: string): Promise<PublicResumeRow | null> {
    const [row] = await this.dataSource.query(SQL.publicByHandle, [handle]);
    return row ?? null;
  }

  /** Creates or overwrites the user's resume (not its handle or file). */
  async upsertOfUser(userId: string, resume: ResumeWrite, featured: boolean, manager?: EntityManager): Promise<string> {
    const [row] = await (manager ?? this.dataSource).query(SQL.upsert, [
      userId,
      resume.headline,
      resume.summary,
      resume.summaryHtml,
      resume.location,
      resume.skills,
      JSON.stringify(resume.experience),
      JSON.stringify(resume.education),
      JSON.stringify(resume.links),
      resume.visibility,
      featured,
    ]);
    return row.id;
  }

  /** False when the user has no resume. A handle taken in another case fails on resumes_handle_key. */
  async setHandleOfUser(userId: string, handle: string, manager?: EntityManager): Promise<boolean> {
    const [rows] = await (manager ?? this.dataSource).query(SQL.setHandle, [userId, handle]);
    return rows.length > 0;
  }

  async setFeaturedOfUser(userId: string, featured: boolean, manager: EntityManager): Promise<void> {
    await manager.query(SQL.setFeatured, [userId, featured]);
  }

  async lockOfUser(userId: string, manager: EntityManager): Promise<{ id: string; fileId: string | null } | null> {
    const [row] = await manager.query(SQL.lockOfUser, [userId]);
    return row ? { id: row.id, fileId: row.file_id } : null;
  }

  async setFileOfUser(userId: string, fileId: string | null, manager: EntityManager): Promise<void> {
    await manager.query(SQL.setFile, [userId, fileId]);
  }

  async deleteOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(SQL.eraseOfUser, [userId]);
  }
}
