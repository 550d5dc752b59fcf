import { describe, expect, it } from 'vitest';
import { loadConfig, unsafeProductionSettings } from './config.js';

const SECRET = 'k3J9xQ2mV7pL4tR8wZ1nB6cF5hD0sA9e';

describe('loadConfig', () => {
  it('defaults to a development server on localhost:3000 with SQLite under ./data', () => {
    const { config, errors } = loadConfig({}, '/srv/app');
    expect(errors).toEqual([]);
    expect(config).toMatchObject({ mode: 'development', host: 'localhost', port: 3000, sqliteFile: '/srv/app/data/spinepath.db', sqliteSynchronous: 'FULL', demo: true, bodyLimit: 1048576 });
  });

  it('names every bad variable', () => {
    const { errors } = loadConfig({ PORT: 'eighty', SPINEPATH_MODE: 'prod', SPINEPATH_TIME_ZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x', SPINEPATH_DEMO: 'maybe', SPINEPATH_ADMIN_EMAIL: 'a@b.c' });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['SPINEPATH_MODE', 'DATABASE_URL', 'SPINEPATH_TIME_ZONE', 'SPINEPATH_ADMIN_EMAIL and SPINEPATH_ADMIN_PASSWORD go together', 'PORT', 'SPINEPATH_DEMO']);
  });

  it('production is never a demo by default and takes PORT, HOST, DATABASE_URL', () => {
    const { config } = loadConfig({ NODE_ENV: 'production', PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u:pw@db/spinepath' });
    expect(config).toMatchObject({ mode: 'production', port: 8080, host: '0.0.0.0', demo: false, databaseUrl: 'postgres://u:pw@db/spinepath' });
  });
});

describe('unsafeProductionSettings', () => {
  const prod = (env: Record<string, string>) => unsafeProductionSettings(loadConfig({ SPINEPATH_MODE: 'production', ...env }).config);

  it('accepts a safe configuration', () => {
    expect(prod({ SPINEPATH_SECRET: SECRET })).toEqual([]);
    expect(prod({ SPINEPATH_SECRET: SECRET, HOST: '0.0.0.0', SPINEPATH_TLS_PROXY: '1', DATABASE_URL: 'postgres://app:Vq8#kLm2!xZ@db/sp' })).toEqual([]);
  });

  it('refuses a missing, short or placeholder secret', () => {
    expect(prod({})[0]).toMatch(/SPINEPATH_SECRET is required/);
    expect(prod({ SPINEPATH_SECRET: 'short' })[0]).toMatch(/too short or a placeholder/);
    expect(prod({ SPINEPATH_SECRET: 'a'.repeat(40) })[0]).toMatch(/too short or a placeholder/);
  });

  it('refuses plain HTTP beyond localhost, demo data, no rate limit, default passwords, NORMAL sync', () => {
    const p = prod({
      SPINEPATH_SECRET: SECRET,
      HOST: '0.0.0.0',
      SPINEPATH_DEMO: '1',
      SPINEPATH_RATE_LIMIT: '0',
      SPINEPATH_ADMIN_EMAIL: 'a@b.org',
      SPINEPATH_ADMIN_PASSWORD: 'changeme',
      SPINEPATH_SQLITE_SYNCHRONOUS: 'NORMAL',
    });
    expect(p.map((x) => x.split(/[ =:]/)[0])).toEqual(['HOST', 'SPINEPATH_DEMO', 'SPINEPATH_RATE_LIMIT', 'SPINEPATH_ADMIN_PASSWORD', 'SPINEPATH_SQLITE_SYNCHRONOUS']);
    expect(prod({ SPINEPATH_SECRET: SECRET, DATABASE_URL: 'postgres://postgres:postgres@db/sp' })).toEqual(['DATABASE_URL uses a default or short password']);
  });

  it('does not apply outside production', () => {
    expect(unsafeProductionSettings(loadConfig({ HOST: '0.0.0.0' }).config)).toEqual([]);
  });
});
