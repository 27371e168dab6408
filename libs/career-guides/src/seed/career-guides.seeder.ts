import { DataSource } from 'typeorm';
import { CareerGuide } from '../guides/career-guide.entity';
import { CareerGuidesRepository, GuideRow } from '../guides/career-guides.repository';
import { backendDeveloperGuide } from './guides/backend-developer.guide';
import { devopsEngineerGuide } from './guides/devops-engineer.guide';
import { frontendDeveloperGuide } from './guides/frontend-developer.guide';

export const DEMO_GUIDES = [backendDeveloperGuide, frontendDeveloperGuide, devopsEngineerGuide];

/** Inserts the published demo guides whose slug is still free; returns how many were added (0 on a second run). */
export async function seedCareerGuides(dataSource: DataSource): Promise<number> {
  const publishedAt = new Date();
  const rows: GuideRow[] = DEMO_GUIDES.map((guide, index) => ({
    ...guide,
    status: 'published',
    // one millisecond apart, so the demo list has a stable newest-first order
    publishedAt: new Date(publishedAt.getTime() - index),
  }));
  return new CareerGuidesRepository(dataSource.getRepository(CareerGuide)).insertMissing(rows);
}
