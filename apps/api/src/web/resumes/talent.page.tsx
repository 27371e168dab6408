import { Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, FieldError } from '@app/common';
import { PublicResumesService, PublicResumeView, TalentDirectoryService } from '@app/resumes';
import { TalentQueryDto } from '../../resumes/dto/talent-query.dto';
import { h, render } from '../html/jsx';
import { sanitizedHtml } from '../html/html';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { formatDate, formatMonth } from '../views/format';
import { PublicResumePage, PublicResumePageModel } from '../views/pages/public-resume-page';
import { TalentPage, TalentPageModel } from '../views/pages/talent-page';
import { toProfileJsonLd } from './to-profile-json-ld';

const FILTERS = ['q', 'skill', 'region'] as const;
const LABELS: Record<string, string> = { q: 'Search', skill: 'Skill', region: 'Location', limit: 'Page size', cursor: 'Page' };

/** The talent directory and public resumes (TalentDirectoryService and PublicResumesService, as /v1/talent and /v1/resumes). */
@WebController()
export class TalentPages {
  constructor(
    private readonly directory: TalentDirectoryService,
    private readonly resumes: PublicResumesService,
    private readonly shell: PageShell,
  ) {}

  @GetPage('talent')
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const given = Object.fromEntries(
      Object.entries(raw).filter(([name, value]) =>
        (FILTERS as readonly string[]).includes(name) || name === 'cursor' ? value !== '' : false,
      ),
    );
    const values = { q: text(raw.q), skill: text(raw.skill), region: text(raw.region) };
    const shell = await this.shell.of(request, reply);
    const checked = await validateForm(TalentQueryDto, given);
    let errors: FieldError[] = checked.errors ?? [];
    let found: Awaited<ReturnType<TalentDirectoryService['search']>> = { items: [], nextCursor: null };
    if (checked.value) {
      try {
        found = await this.directory.search(checked.value);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === ErrorCode.BadInput)) throw error;
        errors = error.errors ?? [{ field: 'cursor', message: error.detail }];
      }
    }
    const labelled = errors.map((e) => ({ field: e.field, message: `${LABELS[e.field] ?? e.field}: ${e.message.replace(/^\w+ /, '')}` }));
    const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
    const withCursor = (cursor: string) => `/talent?${new URLSearchParams([...query, ['cursor', cursor]])}`;
    const model: TalentPageModel = {
      values,
      errors: labelled,
      items: found.items.map((item) => ({
        href: `/r/${item.handle ?? item.id}`,
        name: item.name,
        headline: item.headline,
        location: item.location,
        skills: item.skills,
        featured: item.featured,
        updatedOn: formatDate(item.updatedAt),
      })),
      nextHref: found.nextCursor ? withCursor(found.nextCursor) : null,
      firstHref: given.cursor ? `/talent${query.size ? `?${query}` : ''}` : null,
      filtered: query.size > 0,
    };
    return page(render(<TalentPage shell={shell} model={model} />), labelled.length ? 400 : 200);
  }

  @GetPage('r/:ref')
  async resume(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('ref') ref: string,
  ): Promise<PageResult> {
    if (!/^[A-Za-z0-9-]{3,36}$/.test(ref)) throw DomainError.notFound('Resume');
    const [shell, resume] = await Promise.all([this.shell.of(request, reply), this.resumes.get(ref)]);
    return page(render(<PublicResumePage shell={shell} model={toPublicResumeModel(resume, shell.appUrl)} />));
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function toPublicResumeModel(resume: PublicResumeView, appUrl: string): PublicResumePageModel {
  const canonicalPath = `/r/${resume.handle ?? resume.id}`;
  return {
    canonicalPath,
    name: resume.name,
    headline: resume.headline,
    location: resume.location,
    summary: sanitizedHtml(resume.summaryHtml),
    skills: resume.skills,
    experience: resume.experience.map((row) => ({
      title: row.title,
      company: row.company,
      period: `${formatMonth(row.start)} – ${row.end ? formatMonth(row.end) : 'now'}`,
      description: row.description,
    })),
    education: resume.education.map((row) => ({ school: row.school, degree: row.degree, end: row.end ? formatMonth(row.end) : null })),
    links: resume.links,
    featured: resume.featured,
    updatedOn: formatDate(resume.updatedAt),
    jsonLd: toProfileJsonLd(resume, `${appUrl}${canonicalPath}`),
  };
}
