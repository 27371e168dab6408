import { Body, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, ClientMeta } from '@app/accounts';
import { ErrorCode, FieldError } from '@app/common';
import { Client } from '../../accounts/client-meta.decorator';
import { LoginDto } from '../../accounts/dto/login.dto';
import { SignupDto } from '../../accounts/dto/signup.dto';
import { h, render } from '../html/jsx';
import { formRefusal } from '../http/form-refusal';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { safeNextPath } from '../http/safe-next-path';
import { SessionCookie } from '../http/session-cookie';
import { formText, validateLabelledForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { LoginPage } from '../views/pages/login-page';
import { SignupPage } from '../views/pages/signup-page';

type Caller = ClientMeta & { ip: string };

/** Where a visitor goes once signed in, unless `next` names a page of ours. */
const HOME = '/me';
const LABELS = { name: 'Name', email: 'Email', password: 'Password' };

/** The `next` a form carries on: a safe path of ours, or none. */
function nextOf(raw: unknown): string | null {
  const next = safeNextPath(raw, '');
  return next === '' ? null : next;
}

/** /signup, /login and POST /logout: AuthService's rules and rate limits, a browser session instead of tokens. */
@WebController()
export class SignInPages {
  constructor(
    private readonly auth: AuthService,
    private readonly session: SessionCookie,
    private readonly shell: PageShell,
  ) {}

  @GetPage('signup')
  async signupForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Query('next') next: unknown) {
    if (request.viewer) return redirect(safeNextPath(next, HOME));
    return this.signupPage(request, reply, { name: '', email: '' }, [], nextOf(next));
  }

  @PostForm('signup')
  async signup(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
    @Client() client: Caller,
  ) {
    const values = { name: formText(body, 'name'), email: formText(body, 'email') };
    const next = nextOf(formText(body, 'next'));
    const form = await validateLabelledForm(SignupDto, body, { labels: LABELS, pageFields: ['next'] });
    if (!form.ok) return this.signupPage(request, reply, values, form.errors, next, 422);
    try {
      const user = await this.auth.createAccount(form.value, client.ip);
      await this.session.replace(request, reply, user, client);
    } catch (error) {
      const refusal = formRefusal(error, reply, { [ErrorCode.Conflict]: 'email' });
      return this.signupPage(request, reply, values, refusal.errors, next, refusal.status);
    }
    return redirect(next ?? HOME, 'signed-up');
  }

  @GetPage('login')
  async loginForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Query('next') next: unknown) {
    if (request.viewer) return redirect(safeNextPath(next, HOME));
    return this.loginPage(request, reply, '', [], nextOf(next));
  }

  @PostForm('login')
  async login(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
    @Client() client: Caller,
  ) {
    const email = formText(body, 'email');
    const next = nextOf(formText(body, 'next'));
    const form = await validateLabelledForm(LoginDto, body, { labels: LABELS, pageFields: ['next'] });
    if (!form.ok) return this.loginPage(request, reply, email, form.errors, next, 422);
    try {
      const user = await this.auth.verifyCredentials(form.value.email, form.value.password, client.ip);
      await this.session.replace(request, reply, user, client);
    } catch (error) {
      const refusal = formRefusal(error, reply, { [ErrorCode.Unauthenticated]: 'email' });
      return this.loginPage(request, reply, email, refusal.errors, next, refusal.status);
    }
    return redirect(next ?? HOME, 'logged-in');
  }

  @PostForm('logout')
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    await this.session.end(request, reply);
    return redirect('/', 'logged-out');
  }

  private async signupPage(
    request: FastifyRequest,
    reply: FastifyReply,
    values: { name: string; email: string },
    errors: FieldError[],
    next: string | null,
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply, { form: true });
    return page(render(<SignupPage shell={shell} model={{ values, errors, next }} />), status);
  }

  private async loginPage(
    request: FastifyRequest,
    reply: FastifyReply,
    email: string,
    errors: FieldError[],
    next: string | null,
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply, { form: true });
    return page(render(<LoginPage shell={shell} model={{ values: { email }, errors, next }} />), status);
  }
}
