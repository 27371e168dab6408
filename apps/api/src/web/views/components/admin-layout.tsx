import { Child, h } from '../../html/jsx';
import { Layout } from '../layout';
import { ShellModel } from '../shell-model';

const SECTIONS = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/jobs', label: 'Listings' },
  { href: '/admin/guides', label: 'Guides' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/alerts', label: 'Alert runs' },
  { href: '/admin/consultations', label: 'Consultations' },
  { href: '/admin/audit', label: 'Audit trail' },
];

function current(path: string, href: string): boolean {
  const bare = path.split('?')[0];
  return href === '/admin' ? bare === '/admin' : bare === href || bare.startsWith(`${href}/`);
}

/** Every admin page: the site layout, the admin sections as a second navigation, and the page's heading. */
export function AdminLayout(props: { shell: ShellModel; title: string; description?: string; lede?: Child; children?: Child }) {
  const { shell } = props;
  return (
    <Layout shell={shell} head={{ title: props.title, description: props.description ?? `Admin: ${props.title}`, noindex: true }}>
      <nav class="admin-nav" aria-label="Admin">
        <ul>
          {SECTIONS.map((section) => (
            <li>
              <a href={section.href} aria-current={current(shell.currentPath, section.href) ? 'page' : undefined}>
                {section.label}
              </a>
            </li>
          ))}
          <li>
            <a href="/admin/queues">Queues</a>
          </li>
        </ul>
      </nav>
      <header class="page-header">
        <h1>{props.title}</h1>
        {props.lede ? <p class="lede">{props.lede}</p> : null}
      </header>
      {props.children}
    </Layout>
  );
}
