import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';
import { EntitlementsService, Role } from '@app/accounts';
import { BillingPlansService } from '@app/billing';
import { AppConfig } from '@app/config';
import { AssetCatalog } from '../assets/asset-catalog';
import { formatMoney } from '../views/format';
import { ShellModel } from '../views/shell-model';
import { CsrfTokens } from './csrf-tokens';
import { flashOf } from './flash';
import { WebCookies } from './web-cookies';

export interface ShellOptions {
  /** The page holds a form that posts: an anonymous browser then gets its CSRF cookie. */
  form?: boolean;
}

/** Builds what every page's layout needs from the request: viewer and plan, CSRF token, flash, assets. */
@Injectable()
export class PageShell {
  private readonly assetUrls: ShellModel['assets'];
  private readonly plusPrice: string;

  constructor(
    private readonly entitlements: EntitlementsService,
    assets: AssetCatalog,
    private readonly tokens: CsrfTokens,
    private readonly cookies: WebCookies,
    private readonly config: AppConfig,
    plans: BillingPlansService,
  ) {
    const plus = plans.list().items.find((plan) => plan.id === 'plus')!;
    this.plusPrice = `${formatMoney(plus.price, plus.currency)} a ${plus.interval ?? 'month'}`;
    this.assetUrls = {
      css: assets.url('site.css'),
      js: assets.url('site.js'),
      icon: assets.url('icon.svg'),
      icon192: assets.url('icon-192.png'),
      manifest: '/manifest.webmanifest',
    };
  }

  async of(request: FastifyRequest, reply: FastifyReply, options: ShellOptions = {}): Promise<ShellModel> {
    const viewer = request.viewer ?? null;
    const entitlements = viewer ? await this.entitlements.forUser(viewer.id) : null;
    const flashKey = request.cookies[this.cookies.names.flash];
    if (flashKey !== undefined) reply.clearCookie(this.cookies.names.flash, this.cookies.options);
    return {
      viewer:
        viewer && entitlements ? { name: viewer.name, isAdmin: viewer.role === Role.Admin, isPlus: entitlements.plan === 'plus' } : null,
      csrfToken: viewer ? this.tokens.forSession(viewer.sessionId) : options.form ? this.anonymousToken(request, reply) : null,
      flash: flashOf(flashKey),
      ads: entitlements ? entitlements.ads : this.config.plans.free.ads,
      plusPrice: this.plusPrice,
      appUrl: this.config.http.appUrl,
      currentPath: request.url,
      assets: this.assetUrls,
    };
  }

  /** A shell that needs nothing that can fail: for error pages when the database itself is what failed. */
  minimal(path: string): ShellModel {
    return {
      viewer: null,
      csrfToken: null,
      flash: null,
      ads: false,
      plusPrice: this.plusPrice,
      appUrl: this.config.http.appUrl,
      currentPath: path,
      assets: this.assetUrls,
    };
  }

  private anonymousToken(request: FastifyRequest, reply: FastifyReply): string {
    let secret = request.cookies[this.cookies.names.csrf];
    if (!secret || secret.length !== 43) {
      secret = randomBytes(32).toString('base64url');
      reply.setCookie(this.cookies.names.csrf, secret, this.cookies.options);
    }
    return this.tokens.forAnonymous(secret);
  }
}
