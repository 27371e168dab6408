import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenIdentity, AuthUser } from '@app/accounts';
import { AppConfig } from '@app/config';

interface AccessTokenClaims {
  sub: string;
  iat?: number;
  typ: string;
}

/**
 * Verifies access tokens: HS256 only (alg "none" and every other algorithm are refused), our
 * issuer and audience, not expired; then the user must still exist (see AccessTokenIdentity).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly identity: AccessTokenIdentity,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      issuer: 'jobboard',
      audience: 'jobboard-api',
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    return (await this.identity.resolve(claims.sub, claims.iat)) ?? false;
  }
}
