import { AlertCriteria } from '../alerts/alert-criteria';

/** Every URL a digest carries, in one place: pages for people (SPEC §12), never the JSON API. */
export class AlertLinks {
  constructor(private readonly appUrl: string) {}

  listing(slug: string): string {
    return `${this.appUrl}/jobs/${encodeURIComponent(slug)}`;
  }

  manage(): string {
    return `${this.appUrl}/me/alerts`;
  }

  /** The unsubscribe page; the same URL takes the RFC 8058 one-click POST. */
  unsubscribe(token: string): string {
    return `${this.appUrl}/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The search page with the alert's criteria, for "N more". */
  search(criteria: AlertCriteria): string {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(criteria)) {
      if (key === 'tags') for (const tag of value as string[]) query.append('tag', tag);
      else if (value !== undefined) query.append(key, String(value));
    }
    const text = query.toString();
    return `${this.appUrl}/jobs${text ? `?${text}` : ''}`;
  }
}
