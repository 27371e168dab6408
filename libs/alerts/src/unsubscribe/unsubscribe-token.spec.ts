import { describe, it } from 'node:test';
import { expect } from 'expect';
import { signUnsubscribeToken, unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.util';

const key = unsubscribeKey('test-secret-that-is-at-least-32-bytes-long!!');
const a = '0b4d2a6e-1f3c-4e5a-9b7d-2c8e6f1a3b5d';
const b = 'f0e1d2c3-b4a5-4968-8776-655443322110';

describe('unsubscribe tokens', () => {
  it('round-trips the alert ids it was signed for', () => {
    expect(verifyUnsubscribeToken(signUnsubscribeToken([a], key), key)).toEqual([a]);
    expect(verifyUnsubscribeToken(signUnsubscribeToken([a, b], key), key)).toEqual([a, b]);
  });

  it('refuses a token whose alert id was swapped, whose signature was altered, or that another key signed', () => {
    const token = signUnsubscribeToken([a], key);
    const [version, , signature] = token.split('.');
    const otherBody = Buffer.from(b.replace(/-/g, ''), 'hex').toString('base64url');
    expect(verifyUnsubscribeToken(`${version}.${otherBody}.${signature}`, key)).toBeNull();
    const flipped = signature!.slice(0, -1) + (signature!.endsWith('A') ? 'B' : 'A');
    expect(verifyUnsubscribeToken(`${token.slice(0, token.lastIndexOf('.'))}.${flipped}`, key)).toBeNull();
    expect(verifyUnsubscribeToken(token, unsubscribeKey('another-secret-that-is-at-least-32-bytes'))).toBeNull();
    for (const junk of ['', 'u1', 'u1..', `${token}.x`, token.replace('u1.', 'u2.')]) expect(verifyUnsubscribeToken(junk, key)).toBeNull();
  });

  it('uses a key of its own, not the JWT secret itself', () => {
    expect(key.toString('utf8')).not.toContain('test-secret');
    expect(key).toHaveLength(32);
  });
});
