import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { BillingModule } from '@app/billing';
import { CareerGuidesModule } from '@app/career-guides';
import { Clock, SystemClock } from '@app/common';
import { AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { AssetCatalog } from './assets/asset-catalog';
import { BillingPages } from './billing/billing.page';
import { PlanComparisons } from './billing/plan-comparisons.service';
import { CareersPages } from './careers/careers.page';
import { GuideContentCache } from './careers/guide-content-cache';
import { HomePages } from './home/home.page';
import { CsrfGuard } from './http/csrf.guard';
import { CsrfTokens } from './http/csrf-tokens';
import { ErrorPages } from './http/error-pages.service';
import { PageShell } from './http/page-shell.service';
import { WebCookies } from './http/web-cookies';
import { JobsPages } from './jobs/jobs.page';
import { ListingCardCache } from './jobs/listing-card-cache';
import { PricingPages } from './pricing/pricing.page';
import { SiteController } from './site/site.controller';

/** The website: pages for people on the API's origin, composed from the same domain services as the JSON API. */
@Module({
  imports: [AccountsModule, BillingModule, JobsModule, CareerGuidesModule],
  controllers: [SiteController, HomePages, JobsPages, CareersPages, PricingPages, BillingPages],
  providers: [
    { provide: Clock, useClass: SystemClock },
    { provide: AssetCatalog, useFactory: () => new AssetCatalog() },
    { provide: CsrfTokens, useFactory: (config: AppConfig) => new CsrfTokens(config.auth.jwtSecret), inject: [AppConfig] },
    { provide: WebCookies, useFactory: (config: AppConfig) => new WebCookies(config.http.appUrl), inject: [AppConfig] },
    CsrfGuard,
    PageShell,
    ErrorPages,
    PlanComparisons,
    GuideContentCache,
    ListingCardCache,
  ],
  exports: [AssetCatalog, WebCookies, ErrorPages, PageShell, CsrfTokens],
})
export class WebModule {}
