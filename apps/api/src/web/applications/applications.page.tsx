import { Param, Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { ApplicationsService } from '@app/jobs';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { cursorOf, OWN_LIST_PAGE_SIZE, pageLinks } from '../http/own-list-paging';
import { PageIdPipe } from '../http/page-id.pipe';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult, redirect } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { GetPage, PostForm, WebController } from '../http/web-controller.decorator';
import { ApplicationsPage } from '../views/pages/applications-page';
import { toApplicationItem } from './to-application-item';

const HERE = '/me/applications';

/** /me/applications: the tracker (ApplicationsService, as /v1/me/applications) and withdrawing. */
@WebController('me/applications')
@Roles(Role.Seeker)
export class ApplicationsPages {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly shell: PageShell,
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
      this.applications.listOwn(viewer.id, { limit: OWN_LIST_PAGE_SIZE, cursor }),
    ]);
    const model = { applications: found.items.map(toApplicationItem), ...pageLinks(HERE, cursor, found.nextCursor) };
    return page(render(<ApplicationsPage shell={shell} model={model} />));
  }

  @PostForm(':id/withdraw')
  async withdraw(@Req() request: FastifyRequest, @Param('id', new PageIdPipe('Application')) id: string): Promise<PageResult> {
    await this.applications.withdraw(signedIn(request).id, id);
    return redirect(HERE, 'application-withdrawn');
  }
}
