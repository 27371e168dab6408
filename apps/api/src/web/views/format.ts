import { SalaryPeriod } from '@app/jobs';

const money = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = money.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    }
    money.set(currency, format);
  }
  return format;
}

export function formatMoney(amount: number, currency: string): string {
  return moneyFormat(currency).format(amount);
}

const PERIOD: Record<SalaryPeriod, string> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** "$120,000 – $150,000 a year", "from €45 an hour", or null when the listing names no pay. */
export function formatSalary(min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null): string | null {
  if (min === null && max === null) return null;
  const code = currency ?? 'USD';
  const per = period ? ` ${PERIOD[period]}` : '';
  if (min !== null && max !== null && min !== max) return `${formatMoney(min, code)} – ${formatMoney(max, code)}${per}`;
  if (min !== null && max === null) return `from ${formatMoney(min, code)}${per}`;
  if (min === null && max !== null) return `up to ${formatMoney(max, code)}${per}`;
  return `${formatMoney(min!, code)}${per}`;
}

const DAY_MS = 86_400_000;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** "today", "yesterday", "3 days ago", then the date. */
export function formatAge(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return `on ${formatDate(iso)}`;
}

export function formatDate(iso: string | Date): string {
  return dateFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string | Date): string {
  return dateTimeFormat.format(typeof iso === 'string' ? new Date(iso) : iso);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A resume's `YYYY-MM` as people read it: "Oct 2020". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** A file size as people read it: "340 KB", "1.5 MB" (binary units, at least 1 KB). */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1)).toLocaleString('en-US')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
