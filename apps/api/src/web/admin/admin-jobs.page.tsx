import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { FieldError } from '@app/common';
import { AdminListingsQuery, JobListingsService, LISTING_STATUSES, ListingDetail, renderMarkdown } from '@app/jobs';
import { CreateJobDto } from '../../jobs/dto/create-job.dto';
import { ListAdminJobsQueryDto } from '../../jobs/dto/list-admin-jobs-query.dto';
import { sanitizedHtml } from '../html/html';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { validateForm } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatDateTime } from '../views/format';
import { ListingFormPage, ListingFormPageModel, ListingPreview } from '../views/pages/admin/listing-form-page';
import { AdminListingsPage } from '../views/pages/admin/listings-page';
import { statusOptions } from './form-values';
import { adminViewer, isBadInput, listQueryOf } from './admin-request';
import {
  EMPTY_LISTING_FORM,
  listingBodyOf,
  listingFormFromDetail,
  listingFormOf,
  listingFormOptions,
  ListingFormValues,
} from './listing-form';

/** /admin/jobs: the listing table, the create/edit form with its preview, publish, close and delete. */
@WebController('admin/jobs')
export class AdminJobsPages {
  constructor(
    private readonly listings: JobListingsService,
    private readonly adminListings: AdminListingsQuery,
    private readonly shell: PageShell,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const { form, query, pageLinks } = await listQueryOf(ListAdminJobsQueryDto, raw, ['q', 'status']);
    const found = await this.adminListings.list(query);
    return page(
      render(
        <AdminListingsPage
          shell={shell}
          model={{
            filter: form,
            statuses: statusOptions('Any status', LISTING_STATUSES),
            rows: found.items.map((item) => ({
              id: item.id,
              title: item.title,
              company: item.company.name,
              status: item.status,
              applications: item.applications,
              updated: formatDateTime(item.updatedAt),
              updatedIso: item.updatedAt,
            })),
            ...pageLinks('/admin/jobs', found.nextCursor),
          }}
        />,
      ),
    );
  }

  @GetPage('new')
  async newForm(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    return this.form(request, reply, null, EMPTY_LISTING_FORM, [], null);
  }

  @PostForm('new')
  async create(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: Record<string, unknown>,
  ): Promise<PageResult> {
    const values = listingFormOf(body);
    if (body.intent === 'preview') return this.form(request, reply, null, values, [], renderMarkdown(values.description));
    const checked = await validateForm(CreateJobDto, listingBodyOf(values));
    if (!checked.ok) return this.form(request, reply, null, values, checked.errors, null, 422);
    try {
      const created = await this.listings.create(adminViewer(request), checked.value);
      return redirect(`/admin/jobs/${created.id}`, 'listing-created');
    } catch (error) {
      if (isBadInput(error)) return this.form(request, reply, null, values, error.errors ?? [], null, 422);
      throw error;
    }
  }

  /** The preview region alone, for site.js: the description through the public page's sanitizer. */
  @PostForm('preview')
  preview(@Body() body: Record<string, unknown>): PageResult {
    const description = typeof body.description === 'string' ? body.description : '';
    return page(render(<ListingPreview preview={sanitizedHtml(renderMarkdown(description))} />));
  }

  @GetPage(':id')
  async edit(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
  ): Promise<PageResult> {
    const listing = await this.listings.get(id);
    return this.form(request, reply, listing, listingFormFromDetail(listing), [], null);
  }

  @PostForm(':id')
  async save(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<PageResult> {
    const listing = await this.listings.get(id);
    const values = listingFormOf(body);
    if (body.intent === 'preview') return this.form(request, reply, listing, values, [], renderMarkdown(values.description));
    const checked = await validateForm(CreateJobDto, listingBodyOf(values));
    if (!checked.ok) return this.form(request, reply, listing, values, checked.errors, null, 422);
    try {
      await this.listings.update(adminViewer(request), id, checked.value);
      return redirect(`/admin/jobs/${id}`, 'listing-saved');
    } catch (error) {
      if (isBadInput(error)) return this.form(request, reply, listing, values, error.errors ?? [], null, 422);
      throw error;
    }
  }

  @PostForm(':id/publish')
  async publish(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    await this.listings.publish(adminViewer(request), id);
    return redirect(`/admin/jobs/${id}`, 'listing-published');
  }

  @PostForm(':id/close')
  async close(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    await this.listings.close(adminViewer(request), id);
    return redirect(`/admin/jobs/${id}`, 'listing-closed');
  }

  @PostForm(':id/delete')
  async remove(@Req() request: FastifyRequest, @Param('id') id: string): Promise<PageResult> {
    await this.listings.remove(adminViewer(request), id);
    return redirect('/admin/jobs', 'listing-deleted');
  }

  private async form(
    request: FastifyRequest,
    reply: FastifyReply,
    listing: ListingDetail | null,
    values: ListingFormValues,
    errors: FieldError[],
    previewHtml: string | null,
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    const model: ListingFormPageModel = {
      listing: listing && {
        id: listing.id,
        slug: listing.slug,
        status: listing.status,
        applications: 'Its applications',
        publicHref: listing.status === 'draft' ? null : `/jobs/${listing.slug}`,
      },
      values,
      errors,
      options: listingFormOptions(values),
      preview: previewHtml === null ? null : sanitizedHtml(previewHtml),
    };
    return page(render(<ListingFormPage shell={shell} model={model} />), status);
  }
}
