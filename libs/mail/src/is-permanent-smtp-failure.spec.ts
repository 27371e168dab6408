import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isPermanentSmtpFailure } from './is-permanent-smtp-failure.util';

const smtpError = (responseCode: number) => Object.assign(new Error(`Can't send mail - ${responseCode}`), { responseCode });

describe('isPermanentSmtpFailure', () => {
  it('takes a 5xx reply as final', () => {
    expect(isPermanentSmtpFailure(smtpError(550))).toBe(true);
    expect(isPermanentSmtpFailure(smtpError(554))).toBe(true);
  });

  it('takes 4xx replies and connection errors as worth another try', () => {
    expect(isPermanentSmtpFailure(smtpError(421))).toBe(false);
    expect(isPermanentSmtpFailure(smtpError(451))).toBe(false);
    expect(isPermanentSmtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isPermanentSmtpFailure(null)).toBe(false);
  });
});
