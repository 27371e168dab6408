import { Body, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EntitlementsService, Role } from '@app/accounts';
import { FieldError } from '@app/common';
import { ResumeFilesService, ResumesService, ResumeView } from '@app/resumes';
import { Roles } from '../../http/roles.decorator';
import { ClaimHandleDto } from '../../resumes/dto/claim-handle.dto';
import { SaveResumeDto } from '../../resumes/dto/save-resume.dto';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { download, page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatBytes, formatDate } from '../views/format';
import { ResumeEditPage, ResumeEditPageModel } from '../views/pages/resume-edit-page';
import { formValuesOf, ResumeFormValues, resumeFormValues, toResumeBody } from './resume-form';
import { labelledResumeErrors, resumeRefusal } from './resume-refusal';

const HERE = '/me/resume';

interface Refusals {
  resume?: FieldError[];
  file?: FieldError[];
  handle?: FieldError[];
}

/** The seeker's resume (ResumesService and ResumeFilesService, as /v1/me/resume): edit, the PDF, the custom URL. */
@WebController('me/resume')
@Roles(Role.Seeker, Role.Admin)
export class MyResumePages {
  constructor(
    private readonly resumes: ResumesService,
    private readonly files: ResumeFilesService,
    private readonly entitlements: EntitlementsService,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async edit(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const resume = await this.resumes.findForUser(signedIn(request).id);
    return this.render(request, reply, resume, formValuesOf(resume), {}, resume?.handle ?? '');
  }

  @PostForm()
  async save(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @Body() body: unknown): Promise<PageResult> {
    const viewer = signedIn(request);
    const values = resumeFormValues(formFields(body));
    const checked = await validateForm(SaveResumeDto, toResumeBody(values));
    const current = () => this.resumes.findForUser(viewer.id);
    if (checked.errors)
      return this.render(request, reply, await current(), values, { resume: labelledResumeErrors(checked.errors) }, '', 422);
    try {
      await this.resumes.save(viewer.id, checked.value);
    } catch (error) {
      const refusal = resumeRefusal(error, 'headline');
      return this.render(request, reply, await current(), values, { resume: refusal.errors }, '', refusal.status);
    }
    return redirect(HERE, 'resume-saved');
  }

  @GetPage('file')
  async pdf(@Req() request: FastifyRequest): Promise<PageResult> {
    return download(await this.files.download(signedIn(request).id), 'application/pdf', 'resume.pdf');
  }

  /** multipart/form-data: the one file part `file` (as bytes) and the CSRF token. */
  @PostForm('file')
  async upload(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const file = (body as { file?: unknown } | null)?.file;
    if (!Buffer.isBuffer(file) || file.length === 0) {
      return this.refused(request, reply, viewer.id, { file: [{ field: 'file', message: 'Choose a PDF file to upload' }] }, 422);
    }
    try {
      await this.files.upload(viewer.id, file);
    } catch (error) {
      const refusal = resumeRefusal(error, 'file');
      const message = refusal.status === 422 ? 'The file is not a PDF' : refusal.errors[0]!.message;
      return this.refused(request, reply, viewer.id, { file: [{ field: 'file', message }] }, refusal.status);
    }
    return redirect(HERE, 'resume-file-uploaded');
  }

  @PostForm('file/delete')
  async removeFile(@Req() request: FastifyRequest): Promise<PageResult> {
    await this.files.remove(signedIn(request).id);
    return redirect(HERE, 'resume-file-removed');
  }

  @PostForm('handle')
  async claimHandle(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const handle = (formFields(body).handle ?? '').trim();
    const checked = await validateForm(ClaimHandleDto, { handle });
    const refuse = (errors: FieldError[], status: number) => this.refused(request, reply, viewer.id, { handle: errors }, status, handle);
    if (checked.errors) return refuse(labelledResumeErrors(checked.errors), 422);
    try {
      await this.resumes.claimHandle(viewer.id, checked.value.handle);
    } catch (error) {
      const refusal = resumeRefusal(error, 'handle');
      return refuse(refusal.errors, refusal.status);
    }
    return redirect(HERE, 'resume-handle-saved');
  }

  private async refused(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    refusals: Refusals,
    status: number,
    handle?: string,
  ): Promise<PageResult> {
    const resume = await this.resumes.findForUser(userId);
    return this.render(request, reply, resume, formValuesOf(resume), refusals, handle ?? resume?.handle ?? '', status);
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    resume: ResumeView | null,
    values: ResumeFormValues,
    refusals: Refusals,
    handle: string,
    status = 200,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const [shell, entitlements] = await Promise.all([this.shell.of(request, reply), this.entitlements.forUser(viewer.id)]);
    const model: ResumeEditPageModel = {
      saved: resume !== null,
      values,
      errors: refusals.resume ?? [],
      publicHref: resume && resume.visibility === 'public' ? `/r/${resume.handleActive ? resume.handle : resume.id}` : null,
      file: resume?.file ? { size: formatBytes(resume.file.byteSize), uploadedOn: formatDate(resume.file.uploadedAt) } : null,
      fileErrors: refusals.file ?? [],
      handle: entitlements.customResumeUrl
        ? { value: handle, errors: refusals.handle ?? [], url: resume?.handleActive ? `${shell.appUrl}/r/${resume.handle}` : null }
        : null,
      featured: resume?.featured ?? false,
      canFeature: entitlements.featuredResume,
    };
    return page(render(<ResumeEditPage shell={shell} model={model} />), status);
  }
}
