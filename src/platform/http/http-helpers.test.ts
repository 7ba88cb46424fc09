import { describe, expect, it } from 'vitest';
import { localHref, localeOfPath, pathInLocale } from './locale';
import { envelope, paginationParams } from './pagination';
import { isoDateParam, isIsoDate } from './query';

describe('language prefixes', () => {
  it('reads the language from the first path segment', () => {
    expect(localeOfPath('/en/vestregionen')).toBe('en');
    expect(localeOfPath('/nn')).toBe('nn');
    expect(localeOfPath('/vestregionen')).toBe('nb');
    expect(localeOfPath('/nb/vestregionen')).toBe('nb');
  });

  it('moves a path between languages', () => {
    expect(pathInLocale('/vestregionen/medlemmer', 'en')).toBe('/en/vestregionen/medlemmer');
    expect(pathInLocale('/en/vestregionen/medlemmer', 'nb')).toBe('/vestregionen/medlemmer');
    expect(pathInLocale('/en', 'nn')).toBe('/nn');
    expect(pathInLocale('/', 'en')).toBe('/en');
    expect(localHref('nn', '/')).toBe('/nn');
  });
});

describe('dates in parameters', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2018-02-28')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2018-02-29')).toBe(false);
    expect(isIsoDate('2018-13-40')).toBe(false);
    expect(isoDateParam.safeParse('2018-13-40').success).toBe(false);
    expect(isoDateParam.safeParse('18-01-01').success).toBe(false);
  });
});

describe('OParl envelope', () => {
  it('counts pages and links to the next one, keeping other parameters', () => {
    const page = paginationParams.parse({ page: '2', limit: '10' });
    const result = envelope(['k', 'l'], 22, page, 'http://x/api/v1/municipalities?at=2018-01-01&page=2&limit=10');
    expect(result.pagination).toEqual({ totalElements: 22, elementsPerPage: 10, currentPage: 2, totalPages: 3 });
    expect(result.links.next).toBe('/api/v1/municipalities?at=2018-01-01&page=3&limit=10');
    expect(result.links.prev).toBe('/api/v1/municipalities?at=2018-01-01&page=1&limit=10');
  });

  it('has no next link on the last page', () => {
    const result = envelope([], 5, paginationParams.parse({}), 'http://x/api/v1/cooperations');
    expect(result.links.next).toBeUndefined();
    expect(result.pagination.totalPages).toBe(1);
  });

  it('refuses a limit above 500', () => {
    expect(paginationParams.safeParse({ limit: '501' }).success).toBe(false);
  });
});
