import { describe, it } from 'node:test';
import { expect } from 'expect';
import { describeSocketError, ServiceConnectionError } from './service-connection.error';
import { redactUrl, serviceAddress } from './service-address.util';

const postgres = (url: string) => ({
  variable: 'DATABASE_URL',
  service: 'Postgres',
  url,
  defaultPort: 5432,
  embedded: 'run its own Postgres',
});

describe('ServiceConnectionError', () => {
  it('says in one line which variable, which host:port and URL were tried, why, and the ways out', () => {
    const error = new ServiceConnectionError(postgres('postgres://postgres@127.0.0.1:1/x'), 'connection refused (nothing listens there)');
    expect(error.message).toBe(
      'Cannot connect to Postgres at 127.0.0.1:1 (DATABASE_URL=postgres://postgres@127.0.0.1:1/x): connection refused (nothing listens there). ' +
        'Start that server or set DATABASE_URL to one that runs; outside production DATABASE_URL=embedded makes npm start run its own Postgres.',
    );
    expect(error.address).toBe('127.0.0.1:1');
  });

  it('never prints the password of the URL', () => {
    const error = new ServiceConnectionError(postgres('postgres://app:s3cret@db.internal/jobs'), 'no answer (timed out)');
    expect(error.message).not.toContain('s3cret');
    expect(error.message).toContain('db.internal:5432 (DATABASE_URL=postgres://app:***@db.internal/jobs)');
  });
});

describe('service addresses', () => {
  it('fills in the default port and keeps IPv6 brackets', () => {
    expect(serviceAddress('redis://cache', 6379)).toBe('cache:6379');
    expect(serviceAddress('redis://[::1]:6380', 6379)).toBe('[::1]:6380');
    expect(redactUrl('redis://:pw@cache:6379')).toBe('redis://:***@cache:6379');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('describeSocketError', () => {
  it('puts connection errors into words, also inside the AggregateError of a dual-stack connect', () => {
    expect(describeSocketError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(
      'connection refused (nothing listens there)',
    );
    const both = new AggregateError([Object.assign(new Error('x'), { code: 'ETIMEDOUT' })], 'both failed');
    expect(describeSocketError(both)).toBe('no answer (timed out)');
    expect(describeSocketError(new Error('syntax error at or near "SELEC"'))).toBeNull();
  });
});
