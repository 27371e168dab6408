import { Req, Res } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '@app/common';
import { CareerGuidesReaderService } from '@app/career-guides';
import { JobSearchService } from '@app/jobs';
import { h, render } from '../html/jsx';
import { PageShell } from '../http/page-shell.service';
import { page, PageResult } from '../http/page-result';
import { GetPage, WebController } from '../http/web-controller.decorator';
import { toListingCard } from '../jobs/to-listing-card';
import { HomePage } from '../views/pages/home-page';
import { toGuideCard } from './to-guide-card';

const LISTINGS = 10;
const GUIDES = 3;

@WebController()
export class HomePages {
  constructor(
    private readonly search: JobSearchService,
    private readonly guides: CareerGuidesReaderService,
    private readonly shell: PageShell,
    private readonly clock: Clock,
  ) {}

  @GetPage()
  async home(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PageResult> {
    const [shell, listings, guides] = await Promise.all([
      this.shell.of(request, reply),
      this.search.list({}, LISTINGS),
      this.guides.list({ limit: GUIDES }),
    ]);
    const now = this.clock.now();
    const cards = listings.items.map((item) => toListingCard(item, now));
    return page(
      render(
        <HomePage
          shell={shell}
          model={{
            featured: cards.filter((card) => card.featured),
            newest: cards.filter((card) => !card.featured),
            guides: guides.items.map(toGuideCard),
          }}
        />,
      ),
    );
  }
}
