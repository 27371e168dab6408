import { EntityManager } from 'typeorm';

/** Serialises, per user, writing `resumes.featured` from the plan: a save and a subscription change never interleave. */
export async function lockResumePlan(manager: EntityManager, userId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`resume-plan:${userId}`]);
}
