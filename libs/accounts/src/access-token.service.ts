import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';
import { AuthUser } from './role';

/** Signs short-lived access tokens (HS256, ≤ 15 minutes) for a user. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(private readonly config: AppConfig) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  sign(user: AuthUser): string {
    return this.jwt.sign(
      { email: user.email, role: user.role, typ: 'access' },
      {
        subject: user.id,
        algorithm: 'HS256',
        expiresIn: this.config.auth.accessTokenTtlSeconds,
        issuer: 'jobboard',
        audience: 'jobboard-api',
      },
    );
  }
}
