import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher, Role, User } from '@app/accounts';
import { AppConfig } from '@app/config';
import { assertResumeDates } from '../assert-resume-dates.util';
import { normalizeResume } from '../normalize-resume.util';
import { ResumesRepository } from '../resumes.repository';
import { DEMO_TALENT } from './demo-talent';

export interface ResumesSeedOptions {
  config: AppConfig;
  log: (message: string) => void;
}

/**
 * Demo people with public resumes, so the talent directory is not empty on a fresh checkout (idempotent: a person
 * who exists keeps their resume as it is). Nobody can sign in as them: the password hash is of random bytes nobody
 * keeps. They are on the Free plan, as the save path would store them (Plus comes from billing). Never in production.
 */
export async function seedResumes(dataSource: DataSource, options: ResumesSeedOptions): Promise<void> {
  if (options.config.env === 'production') return options.log('resumes: no demo talent in production');
  const users = dataSource.getRepository(User);
  const resumes = new ResumesRepository(dataSource);
  const hasher = new PasswordHasher();
  let added = 0;
  for (const person of DEMO_TALENT) {
    if (await users.existsBy({ email: person.email })) continue;
    assertResumeDates(person.resume);
    const resume = normalizeResume(person.resume);
    const passwordHash = await hasher.hash(randomBytes(32).toString('base64'));
    await dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).save({ email: person.email, name: person.name, role: Role.Seeker, passwordHash });
      await resumes.upsertOfUser(user.id, resume, false, manager);
    });
    added += 1;
  }
  options.log(`resumes: ${added} demo people added`);
}
