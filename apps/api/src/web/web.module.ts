import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AdviceModule } from '@app/advice';
import { AlertsModule } from '@app/alerts';
import { AuditModule } from '@app/audit';
import { BillingModule } from '@app/billing';
import { CareerGuidesModule } from '@app/career-guides';
import { ConsultationsModule } from '@app/consultations';
import { ResumesModule } from '@app/resumes';
import { Clock, SystemClock } from '@app/common';
import { AppConfig } from '@app/config';
import { ApplicationsModule, BookmarksModule, JobsModule } from '@app/jobs';
import { StatsModule } from '@app/stats';
import { PasswordResetPages } from './accounts/password-reset.page';
import { SignInPages } from './accounts/sign-in.page';
import { AlertEditPages } from './alerts/alert-edit.page';
import { AlertPreviewPages } from './alerts/alert-preview.page';
import { AlertsPages } from './alerts/alerts.page';
import { UnsubscribePages } from './alerts/unsubscribe.page';
import { ApplicationsPages } from './applications/applications.page';
import { AdminAlertsPages } from './admin/admin-alerts.page';
import { AdminApplicationsPages } from './admin/admin-applications.page';
import { AdminAuditPages } from './admin/admin-audit.page';
import { AdminDashboardPages } from './admin/admin-dashboard.page';
import { AdminGuidesPages } from './admin/admin-guides.page';
import { AdminJobImportPages } from './admin/admin-job-import.page';
import { AdminJobsPages } from './admin/admin-jobs.page';
import { AdminUsersPages } from './admin/admin-users.page';
import { AssetCatalog } from './assets/asset-catalog';
import { BillingPages } from './billing/billing.page';
import { PlanComparisons } from './billing/plan-comparisons.service';
import { CareersPages } from './careers/careers.page';
import { GuideContentCache } from './careers/guide-content-cache';
import { BookmarksPages } from './bookmarks/bookmarks.page';
import { AdminConsultationsPages } from './consultations/admin-consultations.page';
import { ConsultationsPages } from './consultations/consultations.page';
import { AdvicePages } from './advice/advice.page';
import { HomePages } from './home/home.page';
import { CsrfGuard } from './http/csrf.guard';
import { CsrfTokens } from './http/csrf-tokens';
import { ErrorPages } from './http/error-pages.service';
import { PageShell } from './http/page-shell.service';
import { SessionCookie } from './http/session-cookie';
import { WebCookies } from './http/web-cookies';
import { ApplyPages } from './jobs/apply.page';
import { MyResumePages } from './resumes/my-resume.page';
import { TalentPages } from './resumes/talent.page';
import { JobsPages } from './jobs/jobs.page';
import { ListingCardCache } from './jobs/listing-card-cache';
import { PricingPages } from './pricing/pricing.page';
import { MePages } from './me/me.page';
import { SiteController } from './site/site.controller';

/** The website: pages for people on the API's origin, composed from the same domain services as the JSON API. */
@Module({
  imports: [
    AccountsModule,
    BillingModule,
    JobsModule,
    CareerGuidesModule,
    ApplicationsModule,
    BookmarksModule,
    AlertsModule,
    AuditModule,
    StatsModule,
    ConsultationsModule,
    ResumesModule,
    AdviceModule,
  ],
  controllers: [
    SiteController,
    HomePages,
    JobsPages,
    ApplyPages,
    ApplicationsPages,
    BookmarksPages,
    AlertsPages,
    AlertEditPages,
    AlertPreviewPages,
    UnsubscribePages,
    SignInPages,
    PasswordResetPages,
    MePages,
    ...[AdminDashboardPages, AdminJobImportPages, AdminJobsPages, AdminApplicationsPages, AdminGuidesPages, AdminUsersPages],
    ...[AdminAlertsPages, AdminAuditPages],
    ConsultationsPages,
    MyResumePages,
    TalentPages,
    AdvicePages,
    AdminConsultationsPages,
    CareersPages,
    PricingPages,
    BillingPages,
  ],
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
    SessionCookie,
  ],
  exports: [AssetCatalog, WebCookies, ErrorPages, PageShell, CsrfTokens],
})
export class WebModule {}
