import { describe, expect, test } from 'vitest';
import { readDatabaseEnv, readTestDatabaseUrl } from './env.ts';

describe('database environment', () => {
  test('without DATABASE_URL the database is PGlite in ./.data/pglite', () => {
    expect(readDatabaseEnv({})).toEqual({ databaseUrl: undefined, dataDir: './.data/pglite' });
    expect(readDatabaseEnv({ DATABASE_URL: '' })).toEqual({
      databaseUrl: undefined,
      dataDir: './.data/pglite'
    });
  });

  test('DATABASE_URL and NEWSQUIZ_DATA_DIR are read as given', () => {
    expect(
      readDatabaseEnv({ DATABASE_URL: 'postgres://u@db:5432/quiz', NEWSQUIZ_DATA_DIR: '/var/quiz' })
    ).toEqual({
      databaseUrl: 'postgres://u@db:5432/quiz',
      dataDir: '/var/quiz'
    });
  });

  test('a URL that is not PostgreSQL names the variable and the problem', () => {
    expect(() => readDatabaseEnv({ DATABASE_URL: 'mysql://u@db/quiz' })).toThrow(
      /DATABASE_URL[\s\S]*must be a postgres:\/\/ URL/
    );
    expect(() => readTestDatabaseUrl({ TEST_DATABASE_URL: 'nonsense' })).toThrow(
      /TEST_DATABASE_URL must be a postgres/
    );
  });
});
