import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isIanaTimeZone } from './is-iana-time-zone.util';

describe('isIanaTimeZone', () => {
  it('accepts canonical zones, UTC and links such as Asia/Kolkata', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Etc/GMT+1']) {
      expect({ zone, valid: isIanaTimeZone(zone) }).toEqual({ zone, valid: true });
    }
  });

  it('refuses unknown names, raw offsets and junk', () => {
    for (const zone of ['Mars/Olympus_Mons', '+02:00', 'GMT+1', '', ' UTC', 'Europe/../Berlin', 'x'.repeat(65)]) {
      expect({ zone, valid: isIanaTimeZone(zone) }).toEqual({ zone, valid: false });
    }
  });
});
