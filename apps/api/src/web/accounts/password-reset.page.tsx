import { Body, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ClientMeta, PasswordResetService } from '@app/accounts';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { Client } from '../../accounts/client-meta.decorator';
import { ForgotPasswordDto } from '../../accounts/dto/forgot-password.dto';
import { ResetPasswordDto } from '../../accounts/dto/reset-password.dto';
import { h, render } from '../html/jsx';
import { formRefusal } from '../http/form-refusal';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { formText, validateLabelledForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { ForgotPasswordPage } from '../views/pages/forgot-password-page';
import { ResetPasswordPage, ResetPasswordPageModel } from '../views/pages/reset-password-page';

type Caller = ClientMeta & { ip: string };

/** The reset service refuses a token it cannot use by naming the field. */
function isUnusableToken(error: unknown): boolean {
  return error instanceof DomainError && error.code === ErrorCode.BadInput && error.errors?.some((e) => e.field === 'token') === true;
}

/**
 * /forgot-password and /reset-password?token=: PasswordResetService's rules. The forgot form answers the same
 * whether or not the email has an account; a reset ends every session of the user, then the visitor logs in.
 */
@WebController()
export class PasswordResetPages {
  constructor(
    private readonly passwords: PasswordResetService,
    private readonly shell: PageShell,
  ) {}

  @GetPage('forgot-password')
  forgotForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.forgotPage(request, reply, '', []);
  }

  @PostForm('forgot-password')
  async forgot(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
    @Client() client: Caller,
  ) {
    const email = formText(body, 'email');
    const form = await validateLabelledForm(ForgotPasswordDto, body, { labels: { email: 'Email' } });
    if (!form.ok) return this.forgotPage(request, reply, email, form.errors, 422);
    try {
      await this.passwords.requestReset(form.value.email, client.ip);
    } catch (error) {
      const refusal = formRefusal(error, reply);
      return this.forgotPage(request, reply, email, refusal.errors, refusal.status);
    }
    return redirect('/login', 'reset-link-sent');
  }

  @GetPage('reset-password')
  async resetForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Query('token') token: unknown) {
    const usable = typeof token === 'string' && (await this.passwords.isUsable(token));
    return this.resetPage(request, reply, usable ? { usable, token, errors: [] } : { usable: false }, usable ? 200 : 400);
  }

  @PostForm('reset-password')
  async reset(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Body() body: unknown) {
    const token = formText(body, 'token');
    const form = await validateLabelledForm(ResetPasswordDto, body, { labels: { password: 'New password' } });
    if (!form.ok) {
      const model: ResetPasswordPageModel = form.errors.some((e) => e.field === 'token')
        ? { usable: false }
        : { usable: true, token, errors: form.errors };
      return this.resetPage(request, reply, model, model.usable ? 422 : 400);
    }
    try {
      await this.passwords.resetPassword(form.value.token, form.value.password);
    } catch (error) {
      if (isUnusableToken(error)) return this.resetPage(request, reply, { usable: false }, 400);
      const refusal = formRefusal(error, reply);
      return this.resetPage(request, reply, { usable: true, token, errors: refusal.errors }, refusal.status);
    }
    return redirect('/login', 'password-reset');
  }

  private async forgotPage(
    request: FastifyRequest,
    reply: FastifyReply,
    email: string,
    errors: FieldError[],
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply, { form: true });
    return page(render(<ForgotPasswordPage shell={shell} model={{ values: { email }, errors }} />), status);
  }

  private async resetPage(
    request: FastifyRequest,
    reply: FastifyReply,
    model: ResetPasswordPageModel,
    status: number,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply, { form: true });
    return page(render(<ResetPasswordPage shell={shell} model={model} />), status);
  }
}
