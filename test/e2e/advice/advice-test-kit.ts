import { DataSource } from 'typeorm';
import { Resume } from '@app/resumes';

export interface ResumeFields {
  headline: string;
  skills: string[];
  location?: string | null;
  experience?: Array<{ title: string; company: string; start: string }>;
}

/** Stores a resume for the user straight through the entity (the resume API is another module's). */
export async function createResume(dataSource: DataSource, userId: string, fields: ResumeFields): Promise<void> {
  await dataSource.getRepository(Resume).save({
    userId,
    headline: fields.headline,
    summary: '',
    summaryHtml: '',
    location: fields.location ?? null,
    skills: fields.skills,
    experience: (fields.experience ?? []).map((job) => ({ ...job, end: null, description: null })),
    education: [],
    links: [],
    visibility: 'private',
  });
}

export interface AdviceItemBody {
  listing: { id: string; title: string; category: string };
  score: number;
  reasons: string[];
  matchedSkills: string[];
}
