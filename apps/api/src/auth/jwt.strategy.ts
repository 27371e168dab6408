import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthUser, Role } from '@app/accounts';
import { AppConfig } from '@app/config';

interface AccessTokenClaims {
  sub: string;
  email: string;
  role: Role;
  typ: string;
}

/** Verifies access tokens: HS256 only (alg "none" and every other algorithm are refused). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      issuer: 'jobboard',
      audience: 'jobboard-api',
    });
  }

  validate(claims: AccessTokenClaims): AuthUser | false {
    if (claims.typ !== 'access' || !Object.values(Role).includes(claims.role)) return false;
    return { id: claims.sub, email: claims.email, role: claims.role };
  }
}
