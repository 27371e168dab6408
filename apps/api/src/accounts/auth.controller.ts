import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, AuthUser, ClientMeta, PasswordResetService } from '@app/accounts';
import { CurrentUser } from '../http/current-user.decorator';
import { Public } from '../http/public.decorator';
import { Client } from './client-meta.decorator';
import { AuthResultDto, TokenPairDto } from './dto/auth-result.dto';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { ResetPasswordDto } from './dto/reset-password.dto';
import { SignupDto } from './dto/signup.dto';

type Caller = ClientMeta & { ip: string };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordResetService,
  ) {}

  @Public()
  @Post('signup')
  @Header('cache-control', 'no-store')
  @ApiCreatedResponse({ type: AuthResultDto })
  signup(@Body() body: SignupDto, @Client() client: Caller) {
    return this.auth.signup(body, client);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: AuthResultDto })
  login(@Body() body: LoginDto, @Client() client: Caller) {
    return this.auth.login(body.email, body.password, client);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshTokenDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session of this refresh token is revoked' })
  logout(@CurrentUser() user: AuthUser, @Body() body: RefreshTokenDto) {
    return this.auth.logout(user.id, body.refreshToken);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always; a reset link is mailed when the address has an account' })
  forgot(@Body() body: ForgotPasswordDto, @Client() client: Caller) {
    return this.passwords.requestReset(body.email, client.ip);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; every session of the user is signed out' })
  reset(@Body() body: ResetPasswordDto) {
    return this.passwords.resetPassword(body.token, body.password);
  }
}
