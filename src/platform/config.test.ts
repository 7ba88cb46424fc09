import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { StartupError } from './errors';

describe('configuration', () => {
  it('defaults to SQLite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.dialect).toBe('sqlite');
    expect(config.port).toBe(3000);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.secureCookies).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/samrad' }).dialect).toBe('postgres');
  });

  it('names the variable and the fix when a value is wrong', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(StartupError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL .*postgres:\/\//);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT is not valid/);
  });

  it('turns Secure cookies off only for a plain-http public address elsewhere than localhost', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).secureCookies).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://intranet.example' }).secureCookies).toBe(false);
  });
});
