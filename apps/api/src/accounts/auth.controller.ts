import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, AuthUser, ClientMeta, PasswordResetService } from '@app/accounts';
import { ApiProblems } from '../http/api-problems.decorator';
import { Created } from '../http/created.decorator';
import { CurrentUser } from '../http/current-user.decorator';
import { Operation } from '../http/operation.decorator';
import { Public } from '../http/public.decorator';
import { Client } from './client-meta.decorator';
import { AuthResultDto, TokenPairDto } from './dto/auth-result.dto';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { SignupDto } from './dto/signup.dto';

type Caller = ClientMeta & { ip: string };

const RATE_LIMITED = [429, { status: 503, description: 'Rate limiting is unavailable; try again shortly' }] as const;

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordResetService,
  ) {}

  @Public()
  @Post('signup')
  @Header('cache-control', 'no-store')
  @Operation('signUp', 'Create a seeker account and log in')
  @Created(AuthResultDto, { location: '/v1/me' })
  @ApiProblems({ status: 409, description: 'An account with this email already exists' }, ...RATE_LIMITED)
  signup(@Body() body: SignupDto, @Client() client: Caller) {
    return this.auth.signup(body, client);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @Operation('logIn', 'Log in with email and password')
  @ApiOkResponse({ type: AuthResultDto })
  @ApiProblems({ status: 401, description: 'Unknown email or wrong password (the same answer for both)' }, ...RATE_LIMITED)
  login(@Body() body: LoginDto, @Client() client: Caller) {
    return this.auth.login(body.email, body.password, client);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @Operation('refreshTokens', 'Trade a refresh token for a new token pair', 'A token used twice revokes its whole session.')
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems({ status: 401, description: 'The refresh token is invalid, expired or was already used' })
  refresh(@Body() body: RefreshTokenDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Operation('logOut', 'Revoke the session of a refresh token')
  @ApiNoContentResponse({ description: 'The session of this refresh token is revoked' })
  logout(@CurrentUser() user: AuthUser, @Body() body: RefreshTokenDto) {
    return this.auth.logout(user.id, body.refreshToken);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @Operation('requestPasswordReset', 'Mail a password reset link', 'Answers 202 whether or not the address has an account.')
  @ApiAcceptedResponse({ description: 'A reset link is mailed when the address has an account' })
  @ApiProblems(...RATE_LIMITED)
  forgot(@Body() body: ForgotPasswordDto, @Client() client: Caller) {
    return this.passwords.requestReset(body.email, client.ip);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @Operation('resetPassword', 'Set a new password with the token of a reset link', 'Every session of the user is signed out.')
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems({ status: 400, description: 'Bad input, or the token is invalid, expired or already used' })
  reset(@Body() body: ResetPasswordDto) {
    return this.passwords.resetPassword(body.token, body.password);
  }
}
