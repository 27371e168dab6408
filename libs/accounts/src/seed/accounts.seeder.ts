import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { PasswordHasher } from '../passwords/password-hasher.service';
import { Role } from '../role';
import { User } from '../user.entity';

export interface AccountsSeedOptions {
  config: AppConfig;
  log: (message: string) => void;
}

export const DEMO_SEEKER = { email: 'demo@jobboard.local', password: 'demo password 123', name: 'Demo Seeker' } as const;

/**
 * A demo seeker to log in with on a fresh checkout (idempotent). Never in production: its password is public.
 * Admins come from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create`, not from seed data.
 */
export async function seedAccounts(dataSource: DataSource, options: AccountsSeedOptions): Promise<void> {
  if (options.config.env === 'production') return options.log('accounts: no demo users in production');
  const passwordHash = await new PasswordHasher().hash(DEMO_SEEKER.password);
  const result = await dataSource
    .createQueryBuilder()
    .insert()
    .into(User)
    .values({ email: DEMO_SEEKER.email, name: DEMO_SEEKER.name, role: Role.Seeker, passwordHash })
    .orIgnore()
    .returning(['id'])
    .execute();
  const created = (result.raw as unknown[]).length > 0;
  options.log(`accounts: demo seeker ${DEMO_SEEKER.email} / "${DEMO_SEEKER.password}" ${created ? 'created' : 'already there'}`);
}
