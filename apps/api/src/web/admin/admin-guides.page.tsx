import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AdminGuidesQuery, CareerGuidesAdminService, GUIDE_STATUSES, GuideView } from '@app/career-guides';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { ListAdminGuidesQueryDto } from '../../career-guides/dto/list-admin-guides-query.dto';
import { UpdateGuideDto } from '../../career-guides/dto/update-guide.dto';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatDateTime } from '../views/format';
import { GuideEditPage } from '../views/pages/admin/guide-edit-page';
import { GuideImportPage } from '../views/pages/admin/guide-import-page';
import { AdminGuidesPage } from '../views/pages/admin/guides-page';
import { statusOptions } from './form-values';
import { adminViewer, isBadInput, listQueryOf } from './admin-request';
import { guideFormFromView, guideFormOf, GuideFormValues, guidePatchOf } from './guide-form';

const STALE =
  'Someone else saved this guide after you opened it, so your edit would have overwritten theirs. Your changes are still in the form below.';

const isConflict = (error: unknown, field: string): error is DomainError =>
  error instanceof DomainError && error.code === ErrorCode.Conflict && (error.errors ?? []).some((e) => e.field === field);

function outlineOf(guide: GuideView): Array<{ label: string; count: number }> {
  return [
    { label: 'Sections', count: guide.sections.length },
    { label: 'Responsibilities', count: guide.responsibilities.length },
    { label: 'Tech stack', count: guide.techStack.length },
    { label: 'Career tiers', count: guide.careerTiers.length },
    { label: 'FAQs', count: guide.faqs.length },
  ];
}

/** /admin/guides: every guide; paste a guide → a draft → check and edit → publish or unpublish. */
@WebController('admin/guides')
export class AdminGuidesPages {
  constructor(
    private readonly guides: CareerGuidesAdminService,
    private readonly adminGuides: AdminGuidesQuery,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const { form, query, pageLinks } = await listQueryOf(ListAdminGuidesQueryDto, raw, ['q', 'status']);
    const found = await this.adminGuides.list(query);
    const model = {
      filter: form,
      statuses: statusOptions('Any status', GUIDE_STATUSES),
      rows: found.items.map((guide) => ({
        id: guide.id,
        title: guide.title,
        slug: guide.slug,
        status: guide.status,
        category: guide.jobCategory ?? '—',
        updated: formatDateTime(guide.updatedAt),
        updatedIso: guide.updatedAt,
      })),
      ...pageLinks('/admin/guides', found.nextCursor),
    };
    return page(render(<AdminGuidesPage shell={shell} model={model} />));
  }

  @GetPage('import')
  async importForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    return page(render(<GuideImportPage shell={shell} model={{ text: '', errors: [] }} />));
  }

  @PostForm('import')
  async import(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: Record<string, unknown>,
  ): Promise<PageResult> {
    const text = typeof body.text === 'string' ? body.text : '';
    try {
      const guide = await this.guides.importText(adminViewer(request), text);
      return redirect(`/admin/guides/${guide.id}`, 'guide-imported');
    } catch (error) {
      if (!isBadInput(error)) throw error;
      const errors = (error.errors ?? [{ field: 'text', message: error.detail }]).map((e) => ({
        field: 'text',
        message: `${e.field}: ${e.message}`,
      }));
      const shell = await this.shell.of(request, reply);
      return page(render(<GuideImportPage shell={shell} model={{ text, errors }} />), 422);
    }
  }

  @GetPage(':id')
  async edit(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
  ): Promise<PageResult> {
    const guide = await this.load(id);
    return this.form(request, reply, guide, guideFormFromView(guide), [], null);
  }

  @PostForm(':id')
  async save(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<PageResult> {
    const guide = await this.load(id);
    const values = guideFormOf(body);
    const checked = await validateForm(UpdateGuideDto, guidePatchOf(values));
    if (!checked.ok) return this.form(request, reply, guide, values, checked.errors, null, 422);
    try {
      await this.guides.update(adminViewer(request), id, checked.value);
      return redirect(`/admin/guides/${id}`, 'guide-saved');
    } catch (error) {
      if (isConflict(error, 'version')) return this.form(request, reply, guide, values, [], STALE, 409);
      if (isConflict(error, 'slug')) return this.form(request, reply, guide, values, error.errors ?? [], null, 409);
      throw error;
    }
  }

  @PostForm(':id/publish')
  async publish(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    await this.guides.publish(adminViewer(request), this.checkedId(id));
    return redirect(`/admin/guides/${id}`, 'guide-published');
  }

  @PostForm(':id/unpublish')
  async unpublish(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    await this.guides.unpublish(adminViewer(request), this.checkedId(id));
    return redirect(`/admin/guides/${id}`, 'guide-unpublished');
  }

  private checkedId(id: string): string {
    if (!isUUID(id)) throw DomainError.notFound('Career guide');
    return id;
  }

  private load(id: string): Promise<GuideView> {
    return this.guides.get(this.checkedId(id));
  }

  private async form(
    request: FastifyRequest,
    reply: FastifyReply,
    guide: GuideView,
    values: GuideFormValues,
    errors: FieldError[],
    conflict: string | null,
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const model = {
      guide: {
        id: guide.id,
        status: guide.status,
        publicHref: guide.status === 'published' ? `/careers/${guide.slug}` : null,
        outline: outlineOf(guide),
      },
      values,
      errors,
      conflict,
      demands: [
        { value: '', label: 'Not given' },
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
      ],
    };
    return page(render(<GuideEditPage shell={shell} model={model} />), status);
  }
}
