import { Controller, Get, Header, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../http/public.decorator';
import { AssetCatalog } from '../assets/asset-catalog';

/** The files a site has at fixed addresses: the web app manifest (installable), robots.txt, favicon. */
@ApiExcludeController()
@Public()
@Controller({ version: VERSION_NEUTRAL })
export class SiteController {
  private readonly manifest: string;
  private readonly robots = 'User-agent: *\nDisallow: /me\nDisallow: /admin\nDisallow: /billing\nDisallow: /v1/\n';

  constructor(private readonly assets: AssetCatalog) {
    this.manifest = JSON.stringify({
      name: 'Job Board',
      short_name: 'Job Board',
      description: 'Jobs and career guides, with alerts in your inbox.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f4f6f9',
      theme_color: '#1f5fbf',
      icons: [
        { src: assets.url('icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: assets.url('icon-512.png'), sizes: '512x512', type: 'image/png' },
        { src: assets.url('icon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    });
  }

  @Get('manifest.webmanifest')
  @Header('content-type', 'application/manifest+json; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  webManifest(): string {
    return this.manifest;
  }

  @Get('robots.txt')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'public, max-age=3600')
  robotsTxt(): string {
    return this.robots;
  }

  @Get('favicon.ico')
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'public, max-age=86400')
  favicon(): Buffer {
    return this.assets.byPath(this.assets.url('icon.svg'))!.body;
  }
}
