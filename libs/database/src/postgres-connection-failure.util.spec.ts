import { describe, it } from 'node:test';
import { expect } from 'expect';
import { ServiceConnectionError } from '@app/config';
import { explainPostgresFailure, isDatabaseUnavailable, postgresConnectionFailure } from './postgres-connection-failure.util';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('postgresConnectionFailure', () => {
  it('puts a server that cannot be used into words', () => {
    expect(postgresConnectionFailure(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'))).toBe(
      'connection refused (nothing listens there)',
    );
    expect(postgresConnectionFailure(pgError('28P01', 'password authentication failed for user "app"'))).toBe(
      'password authentication failed for user "app"',
    );
    expect(postgresConnectionFailure(pgError('57P01', 'terminating connection due to administrator command'))).toBe(
      'the server is shutting down',
    );
    expect(postgresConnectionFailure(new Error('Connection terminated unexpectedly'))).toBe('the server closed the connection');
    expect(postgresConnectionFailure(new Error('timeout exceeded when trying to connect'))).toBe('no answer (timed out)');
  });

  it('looks through a TypeORM QueryFailedError to the driver error', () => {
    const wrapped = Object.assign(new Error('query failed'), { driverError: pgError('57P03', 'the database system is starting up') });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves the errors of statements alone', () => {
    expect(isDatabaseUnavailable(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseUnavailable(pgError('42601', 'syntax error at or near "SELEC"'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
  });
});

describe('explainPostgresFailure', () => {
  it('turns a connection failure into one line naming DATABASE_URL and the address', () => {
    const explained = explainPostgresFailure(pgError('ECONNREFUSED', 'connect ECONNREFUSED'), 'postgres://postgres@127.0.0.1:1/x');
    expect(explained).toBeInstanceOf(ServiceConnectionError);
    expect((explained as Error).message).toContain('Postgres at 127.0.0.1:1 (DATABASE_URL=');
    const statement = pgError('42P01', 'relation "users" does not exist');
    expect(explainPostgresFailure(statement, 'postgres://x/y')).toBe(statement);
  });
});
