import { Body, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { FieldError } from '@app/common';
import { AppConfig } from '@app/config';
import { JobImportService } from '@app/jobs';
import { ImportJobsPipe } from '../../jobs/import-jobs.pipe';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { formatBytes } from '../views/format';
import { ListingImportPage, ListingImportPageModel } from '../views/pages/admin/listing-import-page';
import { adminViewer, isBadInput } from './admin-request';

/** The uploaded file (a multipart part) or the pasted text, as text. */
function importText(body: Record<string, unknown>): string {
  const file = body.file;
  if (Buffer.isBuffer(file) && file.length > 0) return file.toString('utf8');
  return typeof body.json === 'string' ? body.json : '';
}

/** Row errors (`[3].salaryMin: …`) grouped under their row, numbered as people count. */
export function rowProblems(errors: FieldError[], rows: unknown[]): ListingImportPageModel['rows'] {
  const byRow = new Map<number, string[]>();
  for (const error of errors) {
    const match = /^\[(\d+)\]\.?(.*)$/.exec(error.field);
    if (!match) continue;
    const index = Number(match[1]);
    byRow.set(index, [...(byRow.get(index) ?? []), match[2] ? `${match[2]}: ${error.message}` : error.message]);
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, problems]) => {
      const title = (rows[index] as { title?: unknown } | undefined)?.title;
      return { row: index + 1, title: typeof title === 'string' ? title : null, problems };
    });
}

/** /admin/jobs/import: a JSON file of listings, uploaded or pasted; all or nothing, with each row's problems shown. */
@WebController('admin/jobs/import')
export class AdminJobImportPages {
  private readonly rowsPipe = new ImportJobsPipe();

  constructor(
    private readonly importer: JobImportService,
    private readonly shell: PageShell,
    private readonly config: AppConfig,
  ) {}

  @GetPage()
  async form(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    return this.render(request, reply, { json: '', errors: [], rows: [] });
  }

  @PostForm()
  async import(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: Record<string, unknown>,
  ): Promise<PageResult> {
    if (Buffer.isBuffer(body.file) && body.file.length > this.config.http.bodyLimitBytes) {
      const message = `The file is larger than ${this.fileLimit()}, the most the import takes at once; split it into smaller files`;
      return this.render(request, reply, { json: '', errors: [{ field: 'file', message }], rows: [] }, 413);
    }
    const text = importText(body);
    const json = Buffer.isBuffer(body.file) && body.file.length > 0 ? '' : text;
    if (text.trim() === '')
      return this.render(
        request,
        reply,
        { json, errors: [{ field: 'file', message: 'Choose a JSON file or paste the JSON' }], rows: [] },
        422,
      );
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.render(request, reply, { json, errors: [{ field: 'json', message: 'This is not valid JSON' }], rows: [] }, 422);
    }
    try {
      const rows = await this.rowsPipe.transform(parsed);
      await this.importer.import(adminViewer(request), rows);
      return redirect('/admin/jobs?status=draft', 'listings-imported');
    } catch (error) {
      if (!isBadInput(error)) throw error;
      const errors = error.errors ?? [];
      const rows = rowProblems(errors, Array.isArray(parsed) ? parsed : []);
      const whole = errors.filter((e) => !e.field.startsWith('[')).map((e) => ({ field: 'json', message: `The file ${e.message}` }));
      return this.render(request, reply, { json, errors: whole, rows }, 422);
    }
  }

  private fileLimit(): string {
    return formatBytes(this.config.http.bodyLimitBytes);
  }

  private async render(
    request: FastifyRequest,
    reply: FastifyReply,
    model: Omit<ListingImportPageModel, 'fileLimit'>,
    status = 200,
  ): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    return page(render(<ListingImportPage shell={shell} model={{ ...model, fileLimit: this.fileLimit() }} />), status);
  }
}
