import { describe, expect, it } from 'vitest';
import { pageList } from './pagination';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/arbeidsflate')).toBe('/arbeidsflate');
    expect(safeNextPath('/en/vestregionen/organer?x=1#top')).toBe('/en/vestregionen/organer?x=1#top');
  });

  it.each([
    undefined,
    '',
    'arbeidsflate',
    '//evil.example/',
    '/\\evil.example',
    '/\\/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/logg-inn',
    '/en/logg-ut',
    '/' + 'a'.repeat(2001),
  ])('refuses %j', (value) => {
    expect(safeNextPath(value)).toBeNull();
  });
});

describe('pageList', () => {
  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageList(1, 1)).toEqual([1]);
    expect(pageList(1, 3)).toEqual([1, 2, 3]);
    expect(pageList(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageList(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageList(20, 20)).toEqual([1, null, 19, 20]);
  });
});
