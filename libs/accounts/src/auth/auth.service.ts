import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/common';
import { normalizeEmail } from '../normalize-email.util';
import { PasswordHasher } from '../passwords/password-hasher.service';
import { AuthRateLimits } from '../rate-limit/rate-limit-rule';
import { RateLimitCheck, RateLimiter } from '../rate-limit/rate-limiter.service';
import { ClientMeta } from '../sessions/refresh-sessions.repository';
import { SessionTokensService, TokenPair } from '../sessions/session-tokens.service';
import { User } from '../user.entity';
import { toUserView, UserView } from '../users/user-view';
import { UsersRepository } from '../users/users.repository';

export interface AuthResult extends TokenPair {
  user: UserView;
}

export interface SignupInput {
  email: string;
  password: string;
  name: string;
}

/** The same answer for an unknown email and a wrong password, so neither can be told apart. */
const BAD_CREDENTIALS = 'Email or password is incorrect';

/** Signup and login. The JSON API's start a new refresh-token family; the website starts a browser session instead. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly tokens: SessionTokensService,
  ) {}

  async signup(input: SignupInput, meta: ClientMeta & { ip: string }): Promise<AuthResult> {
    const user = await this.createAccount(input, meta.ip);
    const tokens = await this.tokens.start({ id: user.id, email: user.email, role: user.role }, meta);
    return { user: toUserView(user), ...tokens };
  }

  async login(rawEmail: string, password: string, meta: ClientMeta & { ip: string }): Promise<AuthResult> {
    const user = await this.verifyCredentials(rawEmail, password, meta.ip);
    const tokens = await this.tokens.start({ id: user.id, email: user.email, role: user.role }, meta);
    return { user: toUserView(user), ...tokens };
  }

  /** A new seeker account under the signup rate limits; the caller starts the kind of session it needs. */
  async createAccount(input: SignupInput, ip: string): Promise<User> {
    const email = normalizeEmail(input.email);
    await this.limiter.hit({ rule: AuthRateLimits.signupPerIp, subject: ip }, { rule: AuthRateLimits.signupPerEmail, subject: email });
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.insertUnlessEmailTaken({ email, name: input.name.trim(), passwordHash });
    if (!user) throw DomainError.conflict('An account with this email already exists');
    return user;
  }

  /**
   * The user these credentials belong to. Failed attempts count per email and per IP; once over the limit
   * every attempt is 429, right or wrong. The caller starts the kind of session it needs.
   */
  async verifyCredentials(rawEmail: string, password: string, ip: string): Promise<User> {
    const email = normalizeEmail(rawEmail);
    const perEmail: RateLimitCheck = { rule: AuthRateLimits.loginFailuresPerEmail, subject: email };
    const perIp: RateLimitCheck = { rule: AuthRateLimits.loginFailuresPerIp, subject: ip };
    await this.limiter.assertAllowed(perEmail, perIp);
    const credentials = await this.users.findCredentialsByEmail(email);
    const valid = credentials ? await this.hasher.verify(credentials.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (!credentials || !valid) {
      await this.limiter.hit(perEmail, perIp);
      throw new DomainError(ErrorCode.Unauthenticated, BAD_CREDENTIALS);
    }
    await this.limiter.reset(perEmail);
    if (this.hasher.needsRehash(credentials.passwordHash)) {
      await this.users.setPassword(credentials.id, await this.hasher.hash(password), { revokeAccessTokens: false });
    }
    return (await this.users.findById(credentials.id))!;
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.refresh(refreshToken);
  }

  logout(userId: string, refreshToken: string): Promise<void> {
    return this.tokens.logout(userId, refreshToken);
  }
}
