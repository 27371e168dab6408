import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Role } from '../role';
import { User } from '../user.entity';

export interface UserCredentials {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
}

export interface UserIdentity {
  id: string;
  email: string;
  role: Role;
  tokensRevokedAt: Date | null;
}

/** Users by intent. Emails passed in must already be normalised. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string, manager?: EntityManager): Promise<User | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  findIdentity(id: string): Promise<UserIdentity | null> {
    return this.users.findOne({ where: { id }, select: { id: true, email: true, role: true, tokensRevokedAt: true } });
  }

  findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    return this.users.findOne({ where: { email }, select: { id: true, email: true, role: true, passwordHash: true } });
  }

  /** Inserts a user unless the (normalised) email is taken; null when it is. */
  async insertUnlessEmailTaken(values: Pick<User, 'email' | 'name' | 'passwordHash'>): Promise<User | null> {
    const result = await this.users.createQueryBuilder().insert().values(values).orIgnore().returning(['id']).execute();
    const [row] = result.raw as Array<{ id: string }>;
    return row ? this.findById(row.id) : null;
  }

  /** Takes the row lock that serialises erasure and role changes; null when the user is gone. */
  async lock(id: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.getRepository(User).find({ where: { id }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
    return rows.length > 0;
  }

  async update(id: string, changes: Partial<Pick<User, 'name' | 'timezone' | 'role'>>, manager?: EntityManager): Promise<User | null> {
    if (Object.keys(changes).length > 0) await this.repo(manager).update({ id }, changes);
    return this.findById(id, manager);
  }

  async setPassword(id: string, passwordHash: string, options: { revokeAccessTokens: boolean }, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { passwordHash, ...(options.revokeAccessTokens ? { tokensRevokedAt: new Date() } : {}) });
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(User).delete({ id });
  }

  private repo(manager?: EntityManager): Repository<User> {
    return manager ? manager.getRepository(User) : this.users;
  }
}
