import { SelectOption, SelectOptionGroup } from '../views/components/form-fields';

function labelOf(zone: string): string {
  return zone.split('/').slice(1).join(' / ').replace(/_/g, ' ');
}

/** The runtime's IANA zones by region ("Europe" → "Berlin"), built once. */
const REGIONS: SelectOptionGroup[] = (() => {
  const byRegion = new Map<string, SelectOption[]>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const region = zone.split('/')[0]!;
    if (!zone.includes('/')) continue;
    if (!byRegion.has(region)) byRegion.set(region, []);
    byRegion.get(region)!.push({ value: zone, label: labelOf(zone) });
  }
  return [...byRegion].map(([label, options]) => ({ label, options }));
})();

const UTC: SelectOption = { value: 'UTC', label: 'UTC (Coordinated Universal Time)' };

/**
 * The time zone select: UTC, then every zone by region. A zone the runtime lists under another name (an alias
 * such as Asia/Kolkata, set through the API) is offered too, so the user's own zone is always the selected one.
 */
export function timeZoneOptions(current: string): { options: SelectOption[]; groups: SelectOptionGroup[] } {
  const known = current === UTC.value || REGIONS.some((group) => group.options.some((option) => option.value === current));
  const options = known ? [UTC] : [UTC, { value: current, label: current.replace(/_/g, ' ') }];
  return { options, groups: REGIONS };
}
