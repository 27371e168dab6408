import { describe, it } from 'node:test';
import { expect } from 'expect';
import { effectiveFrequency, servedAlerts } from './served-alerts.util';

const daily = { id: 'd', frequency: 'daily' as const };
const weekly = { id: 'w', frequency: 'weekly' as const };

describe('alerts served by a run', () => {
  it('serves daily alerts daily only while the plan allows it', () => {
    expect(servedAlerts([daily, weekly], 'daily', true)).toEqual([daily]);
    expect(servedAlerts([daily, weekly], 'daily', false)).toEqual([]);
  });

  it('serves weekly alerts weekly, plus daily ones of a user who lost daily', () => {
    expect(servedAlerts([daily, weekly], 'weekly', true)).toEqual([weekly]);
    expect(servedAlerts([daily, weekly], 'weekly', false)).toEqual([daily, weekly]);
  });

  it('reports a downgraded daily alert as weekly', () => {
    expect(effectiveFrequency('daily', false)).toBe('weekly');
    expect(effectiveFrequency('daily', true)).toBe('daily');
    expect(effectiveFrequency('weekly', true)).toBe('weekly');
  });
});
