import { Body, Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { Clock } from '@app/common';
import { BookmarksService } from '@app/jobs';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { CsrfTokens } from '../http/csrf-tokens';
import { isEnhanced } from '../http/enhanced';
import { cursorOf, OWN_LIST_PAGE_SIZE, pageLinks } from '../http/own-list-paging';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { safeNextPath } from '../http/safe-next-path';
import { signedIn } from '../http/signed-in';
import { formFields } from '../http/validate-form';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { SaveToggle } from '../views/components/save-toggle';
import { BookmarksPage } from '../views/pages/bookmarks-page';
import { toSavedJob } from './to-saved-job';

const HERE = '/me/bookmarks';

/** /me/bookmarks: saved jobs (BookmarksService, as /v1/me/bookmarks), and the "Save job" / "Remove from saved" posts. */
@WebController('me/bookmarks')
@Roles(Role.Seeker)
export class BookmarksPages {
  constructor(
    private readonly bookmarks: BookmarksService,
    private readonly shell: PageShell,
    private readonly tokens: CsrfTokens,
    private readonly clock: Clock,
  ) {}

  @GetPage()
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const cursor = cursorOf(raw);
    const [shell, found] = await Promise.all([
      this.shell.of(request, reply),
      this.bookmarks.list(viewer.id, { limit: OWN_LIST_PAGE_SIZE, cursor }),
    ]);
    const now = this.clock.now();
    const returnTo = cursor ? `${HERE}?cursor=${encodeURIComponent(cursor)}` : HERE;
    const model = { jobs: found.items.map((item) => toSavedJob(item, now, returnTo)), ...pageLinks(HERE, cursor, found.nextCursor) };
    return page(render(<BookmarksPage shell={shell} model={model} />));
  }

  @PostForm(':jobId')
  async save(@Req() request: FastifyRequest, @Param('jobId', new PageIdPipe('Job listing')) jobId: string, @Body() body: unknown) {
    await this.bookmarks.add(signedIn(request).id, jobId);
    return this.answer(request, jobId, true, body);
  }

  @PostForm(':jobId/remove')
  async remove(@Req() request: FastifyRequest, @Param('jobId', new PageIdPipe('Job listing')) jobId: string, @Body() body: unknown) {
    await this.bookmarks.remove(signedIn(request).id, jobId);
    return this.answer(request, jobId, false, body);
  }

  /** In place (the toggle, now the other way round), or back to the page the form was on. */
  private answer(request: FastifyRequest, listingId: string, saved: boolean, body: unknown): PageResult {
    const returnTo = safeNextPath(formFields(body).next, HERE);
    if (!isEnhanced(request)) return redirect(returnTo, saved ? 'job-saved' : 'job-unsaved');
    const csrfToken = this.tokens.forSession(signedIn(request).sessionId);
    return page(
      render(
        <SaveToggle
          model={{ listingId, saved, returnTo }}
          csrfToken={csrfToken}
          announce={saved ? 'Job saved.' : 'Removed from your saved jobs.'}
        />,
      ),
    );
  }
}
