import { Query, Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Role } from '@app/accounts';
import { AdviceService, AdviceView } from '@app/advice';
import { CareerGuidesReaderService } from '@app/career-guides';
import { Clock, DomainError, ErrorCode } from '@app/common';
import { AdviceQueryDto, DEFAULT_ADVICE_ITEMS } from '../../advice/dto/advice-query.dto';
import { Roles } from '../../http/roles.decorator';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { signedIn } from '../http/signed-in';
import { formFields, validateForm } from '../http/validate-form';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { AdvicePage, AdvicePageModel } from '../views/pages/advice-page';
import { adviceBasis, toAdviceItems, toSkillGapModel } from './to-advice-page-model';

/** Published guides offered as target roles (the list's first page: more than the board publishes). */
const GUIDE_OPTIONS = 100;

/** /me/advice: job advice for the seeker (AdviceService, as GET /v1/me/advice). */
@WebController('me/advice')
@Roles(Role.Seeker)
export class AdvicePages {
  constructor(
    private readonly advice: AdviceService,
    private readonly guides: CareerGuidesReaderService,
    private readonly shell: PageShell,
    private readonly clock: Clock,
  ) {}

  @GetPage()
  async show(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() raw: Record<string, unknown>,
  ): Promise<PageResult> {
    const viewer = signedIn(request);
    const shell = await this.shell.of(request, reply);
    if (!(await this.advice.allowed(viewer.id))) {
      return page(render(<AdvicePage shell={shell} model={{ ...EMPTY, allowed: false }} />));
    }
    const guide = formFields(raw).guide || undefined;
    const checked = await validateForm(AdviceQueryDto, guide ? { guide } : {});
    const [advice, guideError, status] = checked.errors
      ? [await this.adviceFor(viewer.id), checked.errors[0]!.message, 400]
      : await this.adviceWithGuide(viewer.id, guide);
    const options = (await this.guides.list({ limit: GUIDE_OPTIONS })).items.map((g) => ({ value: g.slug, label: g.title }));
    const model: AdvicePageModel = {
      allowed: true,
      missingResume: advice.state === 'no_resume',
      basis: adviceBasis(advice.basedOn),
      items: toAdviceItems(advice, this.clock.now()),
      gap: advice.skillGap ? toSkillGapModel(advice.skillGap) : null,
      guideOptions: [{ value: '', label: 'The role of your top picks' }, ...options],
      guide: guideError ? '' : (guide ?? ''),
      guideError,
    };
    return page(render(<AdvicePage shell={shell} model={model} />), status);
  }

  private adviceFor(userId: string, guide?: string): Promise<AdviceView> {
    return this.advice.adviceFor(userId, { limit: DEFAULT_ADVICE_ITEMS, guide });
  }

  /** A guide that is not published is said beside the field, and the advice shown without it. */
  private async adviceWithGuide(userId: string, guide: string | undefined): Promise<[AdviceView, string | undefined, number]> {
    try {
      return [await this.adviceFor(userId, guide), undefined, 200];
    } catch (error) {
      if (!(guide && error instanceof DomainError && error.code === ErrorCode.NotFound)) throw error;
      return [await this.adviceFor(userId), 'Target role is not a published career guide', 404];
    }
  }
}

const EMPTY: AdvicePageModel = {
  allowed: true,
  missingResume: false,
  basis: '',
  items: [],
  gap: null,
  guideOptions: [],
  guide: '',
  guideError: undefined,
};
