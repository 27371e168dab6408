import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isIanaTimeZone } from '@app/accounts';
import { timeZoneOptions } from './time-zone-options';

describe('timeZoneOptions', () => {
  it('offers UTC and every zone by region, each one the profile service accepts', () => {
    const { options, groups } = timeZoneOptions('UTC');
    expect(options).toEqual([{ value: 'UTC', label: 'UTC (Coordinated Universal Time)' }]);
    expect(groups.map((group) => group.label)).toEqual(expect.arrayContaining(['Africa', 'America', 'Asia', 'Europe', 'Pacific']));
    const berlin = groups.find((group) => group.label === 'Europe')!.options.find((option) => option.value === 'Europe/Berlin');
    expect(berlin).toEqual({ value: 'Europe/Berlin', label: 'Berlin' });
    const all = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((zone) => !isIanaTimeZone(zone))).toEqual([]);
  });

  it('keeps a zone the runtime lists under another name selectable, so the user’s own zone stays selected', () => {
    const { options } = timeZoneOptions('Asia/Kolkata');
    const listed = timeZoneOptions('UTC').groups.some((group) => group.options.some((option) => option.value === 'Asia/Kolkata'));
    expect(options.some((option) => option.value === 'Asia/Kolkata')).toBe(!listed);
  });
});
