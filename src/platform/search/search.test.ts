import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './query';
import { countHits } from './rank';
import { fts5Expression, tsqueryLiteral, tsvectorLiteral } from './search-index';
import { snippetOf, snippetText } from './snippet';
import { stemsOf } from './tokens';

describe('tokens', () => {
  it('keeps æ, ø and å, folds case, and joins inflections by their stem', () => {
    expect(stemsOf('Bærum, ØVRE Eiker og Åsane')).toEqual(['bærum', 'øvr', 'eik', 'og', 'åsan']);
    expect(stemsOf('kommunene kommuner kommune')).toEqual(['kommun', 'kommun', 'kommun']);
    // A decomposed å (a + ring) is the same word as the precomposed one.
    expect(stemsOf('Ska\u030ar')).toEqual(stemsOf('Skår'));
    expect(stemsOf('Sak 03/2018, § 27-samarbeid')).toEqual(['sak', '03', '2018', '27', 'samarbeid']);
  });
});

describe('queries', () => {
  it('reads words, phrases and exclusions, and writes them for both engines', () => {
    const q = parseSearchQuery('samarbeid "felles saksgrunnlag" -kultur -"nedre eiker" Bærum');
    expect(q.include).toEqual([
      { stems: ['samarbeid'], prefix: true },
      { stems: ['fell', 'saksgrunnlag'], prefix: false },
      { stems: ['bærum'], prefix: true },
    ]);
    expect(q.exclude).toEqual([
      { stems: ['kultur'], prefix: true },
      { stems: ['nedr', 'eik'], prefix: false },
    ]);
    expect(fts5Expression(q)).toBe('("samarbeid"* AND "fell saksgrunnlag" AND "bærum"*) NOT ("kultur"* OR "nedr eik")');
    expect(tsqueryLiteral(q)).toBe("('samarbeid':* & ('fell' <-> 'saksgrunnlag') & 'bærum':*) & !('kultur':* | ('nedr' <-> 'eik'))");
  });

  it('never fails on odd input', () => {
    expect(parseSearchQuery('"felles saks').include).toEqual([{ stems: ['fell'], prefix: false }, { stems: ['saks'], prefix: false }]);
    expect(parseSearchQuery('- -- "" * ( ) \' " ;').include).toEqual([]);
    expect(parseSearchQuery('03/2018').include).toEqual([{ stems: ['03', '2018'], prefix: false }]);
    expect(fts5Expression(parseSearchQuery('a"b'))).toBe('"a" AND "b"');
  });

  it('writes a tsvector with positions, as FTS5 counts them', () => {
    expect(tsvectorLiteral(['kommun', 'fell', 'kommun'])).toBe("'kommun':1,3 'fell':2");
  });
});

describe('ranking', () => {
  it('counts exact stems, compounds for prefix terms, and overlapping phrases, as whole stems only', () => {
    const spaced = ' samarbeid samarbeidsavtal kommun samarbeid fell fell fell osamarbeid ';
    expect(countHits({ stems: ['samarbeid'], prefix: true }, spaced)).toEqual({ exact: 2, prefix: 1 });
    expect(countHits({ stems: ['samarbeid'], prefix: false }, spaced)).toEqual({ exact: 2, prefix: 0 });
    expect(countHits({ stems: ['fell', 'fell'], prefix: false }, spaced)).toEqual({ exact: 2, prefix: 0 });
    expect(countHits({ stems: ['kommun', 'samarbeid'], prefix: false }, spaced)).toEqual({ exact: 1, prefix: 0 });
    expect(countHits({ stems: ['kommu'], prefix: false }, spaced)).toEqual({ exact: 0, prefix: 0 });
  });
});

describe('snippets', () => {
  it('marks the words found, a phrase as one piece, and cuts long texts with an ellipsis', () => {
    const text = `${'Innledning. '.repeat(40)}Det utarbeides et felles saksgrunnlag for kommunene. ${'Avslutning. '.repeat(40)}`;
    const parts = snippetOf(text, parseSearchQuery('"felles saksgrunnlag" kommuner'));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['felles saksgrunnlag', 'kommunene']);
    expect(snippetText(parts)).toBe(`… Innledning. Innledning. Det utarbeides et felles saksgrunnlag for kommunene. ${'Avslutning. '.repeat(20)}Avslutning …`);
  });

  it('keeps markup in the text as text (the page escapes it)', () => {
    const parts = snippetOf('<script>alert(1)</script> samarbeid', parseSearchQuery('samarbeid'));
    expect(parts).toEqual([{ text: '<script>alert(1)</script> ', hit: false }, { text: 'samarbeid', hit: true }]);
  });
});
