import { Child, h } from '../html/jsx';
import { CSRF_FIELD } from '../http/csrf.guard';
import { BrandMark } from './components/brand-mark';
import { FlashMessage } from './components/flash-message';
import { JsonLd } from './components/json-ld';
import { HeadModel, ShellModel } from './shell-model';

const SITE_NAME = 'Job Board';

function NavLink(props: { href: string; current: string; children?: Child }) {
  const path = props.current.split('?')[0];
  const active = path === props.href || path.startsWith(`${props.href}/`);
  return (
    <li>
      <a href={props.href} aria-current={active ? 'page' : undefined}>
        {props.children}
      </a>
    </li>
  );
}

function AccountNav(props: { shell: ShellModel }) {
  const { viewer, csrfToken, currentPath } = props.shell;
  if (!viewer) {
    // The account forms are no place to come back to, and a reset link's token must not travel on.
    const next =
      currentPath === '/' || /^\/(login|signup|forgot-password|reset-password)(\?|$)/.test(currentPath)
        ? ''
        : `?next=${encodeURIComponent(currentPath)}`;
    return (
      <div class="account-nav">
        <a href={`/login${next}`}>Log in</a>
        <a class="button button-secondary" href="/signup">
          Sign up
        </a>
      </div>
    );
  }
  return (
    <div class="account-nav">
      {viewer.isAdmin ? <a href="/admin">Admin</a> : null}
      <a href="/me">
        {viewer.name} {viewer.isPlus ? <span class="badge-plus">Plus</span> : null}
      </a>
      <form method="post" action="/logout">
        <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
        <button type="submit" class="button-link">
          Log out
        </button>
      </form>
    </div>
  );
}

/** The one layout: head with its metadata, header and navigation, the page, the footer. */
export function Layout(props: { shell: ShellModel; head: HeadModel; children?: Child }) {
  const { shell, head } = props;
  const canonical = `${shell.appUrl}${head.canonicalPath ?? shell.currentPath.split('?')[0]}`;
  const title = head.title === SITE_NAME ? SITE_NAME : `${head.title} · ${SITE_NAME}`;
  const seeker = shell.viewer && !shell.viewer.isAdmin;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:image" content={`${shell.appUrl}${shell.assets.icon192}`} />
        <meta name="twitter:card" content="summary" />
        <meta name="theme-color" content="#1f5fbf" />
        <link rel="manifest" href={shell.assets.manifest} />
        <link rel="icon" href={shell.assets.icon} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={shell.assets.icon192} />
        <link rel="alternate" type="application/rss+xml" title="Newest jobs" href="/v1/jobs/feed.rss" />
        <link rel="stylesheet" href={shell.assets.css} />
        <script src={shell.assets.js} defer />
        {(head.jsonLd ?? []).map((data) => (
          <JsonLd data={data} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="container">
            <a class="brand" href="/">
              <BrandMark />
              {SITE_NAME}
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul class="nav-list">
                <NavLink href="/jobs" current={shell.currentPath}>
                  Jobs
                </NavLink>
                <NavLink href="/careers" current={shell.currentPath}>
                  Career guides
                </NavLink>
                <NavLink href="/talent" current={shell.currentPath}>
                  Talent
                </NavLink>
                <NavLink href="/pricing" current={shell.currentPath}>
                  Pricing
                </NavLink>
                {seeker ? (
                  <NavLink href="/me/resume" current={shell.currentPath}>
                    Resume
                  </NavLink>
                ) : null}
                {seeker ? (
                  <NavLink href="/me/applications" current={shell.currentPath}>
                    Applications
                  </NavLink>
                ) : null}
                {seeker ? (
                  <NavLink href="/me/bookmarks" current={shell.currentPath}>
                    Saved
                  </NavLink>
                ) : null}
                {seeker ? (
                  <NavLink href="/me/alerts" current={shell.currentPath}>
                    Alerts
                  </NavLink>
                ) : null}
                {seeker ? (
                  <NavLink href="/me/advice" current={shell.currentPath}>
                    Advice
                  </NavLink>
                ) : null}
                {seeker ? (
                  <NavLink href="/me/consultations" current={shell.currentPath}>
                    Consultant
                  </NavLink>
                ) : null}
              </ul>
            </nav>
            <AccountNav shell={shell} />
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="container">
            {shell.flash ? <FlashMessage flash={shell.flash} /> : null}
            {props.children}
          </div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <ul class="footer-links">
              <li>
                <a href="/jobs">All jobs</a>
              </li>
              <li>
                <a href="/careers">Career guides</a>
              </li>
              <li>
                <a href="/pricing">Plus</a>
              </li>
              <li>
                <a href="/v1/jobs/feed.rss">RSS feed</a>
              </li>
              <li>
                <a href="/docs">API</a>
              </li>
            </ul>
            <p class="small">Job Board — jobs and career guides for people who build software. No trackers, no third-party scripts.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
