import { Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PlanComparisons } from '../billing/plan-comparisons.service';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { PricingPage } from '../views/pages/pricing-page';

/** /pricing: Free and Plus from the plan source, with the real count of Plus members. */
@WebController('pricing')
export class PricingPages {
  constructor(
    private readonly shell: PageShell,
    private readonly comparisons: PlanComparisons,
  ) {}

  @GetPage()
  async pricing(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const shell = await this.shell.of(request, reply);
    return page(render(<PricingPage shell={shell} model={await this.comparisons.of(shell)} />));
  }
}
