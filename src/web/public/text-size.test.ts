import { describe, expect, it } from 'vitest';
import { localPathOr } from './text-size';

describe('localPathOr', () => {
  it('keeps paths on this site, with their query', () => {
    expect(localPathOr('/vestregionen', '/')).toBe('/vestregionen');
    expect(localPathOr('/en/vestregionen/medlemmer?at=2018-06-01', '/')).toBe('/en/vestregionen/medlemmer?at=2018-06-01');
  });

  it('refuses anything that could lead elsewhere', () => {
    for (const value of [undefined, '', 'vestregionen', '//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:x', '/\t/evil.example', '/a\r\nb']) {
      expect(localPathOr(value, '/'), String(value)).toBe('/');
    }
  });
});
