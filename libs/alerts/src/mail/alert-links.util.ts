import { AlertCriteria } from '../alerts/alert-criteria';

/** Every URL a digest carries, in one place (they move to the web app when it exists). */
export class AlertLinks {
  constructor(private readonly appUrl: string) {}

  listing(slug: string): string {
    return `${this.appUrl}/v1/jobs/${encodeURIComponent(slug)}`;
  }

  manage(): string {
    return `${this.appUrl}/v1/me/alerts`;
  }

  unsubscribe(token: string): string {
    return `${this.appUrl}/v1/alerts/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  /** The listing search with the alert's criteria, for "N more". */
  search(criteria: AlertCriteria): string {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(criteria)) {
      if (key === 'tags') for (const tag of value as string[]) query.append('tag', tag);
      else if (value !== undefined) query.append(key, String(value));
    }
    const text = query.toString();
    return `${this.appUrl}/v1/jobs${text ? `?${text}` : ''}`;
  }
}
