// The hand-checked answers of the Norwegian search queries over SEARCH_CORPUS, in rank order.
// The suite runs once on SQLite and once on PostgreSQL (DATABASE_URL): both must give exactly these.
// Why each answer is right is said beside it; `internt-notat` is internal and never appears.

export const EXPECTED_SEARCHES: Array<{ q: string; keys: string[]; why: string }> = [
  {
    q: 'samarbeid',
    why: 'exact stem first (samarbeid, samarbeidet; title hit first), then the compound samarbeidsavtale found by prefix',
    keys: ['sak-03-2018', 'bpa', 'baerum-vert', 'generalforsamling', 'ungdomssymfonikerne', 'kunst-rett-vest', 'samarbeidsavtale'],
  },
  {
    q: 'kommunene',
    why: 'kommunene, kommuner and kommune share the stem kommun; compounds (kommunehelsesamarbeidet) follow by prefix',
    keys: [
      'saksgrunnlag-delt', 'kommuner-viken', 'baerum-vert', 'ovre-eiker', 'samarbeidsavtale', 'ovre-grense',
      'sak-03-2018', 'kultur-framtid', 'drammen', 'ungdomssymfonikerne', 'kunst-rett-vest', 'komut',
    ],
  },
  {
    q: 'kommuner',
    why: 'same stem as kommunene, so the same answer',
    keys: [
      'saksgrunnlag-delt', 'kommuner-viken', 'baerum-vert', 'ovre-eiker', 'samarbeidsavtale', 'ovre-grense',
      'sak-03-2018', 'kultur-framtid', 'drammen', 'ungdomssymfonikerne', 'kunst-rett-vest', 'komut',
    ],
  },
  { q: '"felles saksgrunnlag"', why: 'the phrase stands only in Sak 03/2018; saksgrunnlag-delt has both words apart', keys: ['sak-03-2018'] },
  { q: 'felles saksgrunnlag', why: 'without quotes both words anywhere', keys: ['saksgrunnlag-delt', 'sak-03-2018'] },
  { q: 'framtid -kultur', why: 'framtid/framtiden/framtidige, minus the two that mention kultur', keys: ['framtid-side'] },
  { q: 'framtid', why: 'title hits first; "fremtid" (Sak 03/2018) is another spelling with another stem', keys: ['kultur-framtid', 'framtid-side', 'kunst-rett-vest'] },
  { q: 'Bærum', why: 'æ is kept: Baerum and Bearum are not Bærum', keys: ['baerum-vert', 'kunst-rett-vest'] },
  { q: 'bærum', why: 'case does not matter', keys: ['baerum-vert', 'kunst-rett-vest'] },
  { q: 'Øvre Eiker', why: 'both words, anywhere (ovre-grense has "øvre" and "Nedre Eiker")', keys: ['ovre-eiker', 'ovre-grense'] },
  { q: '"Øvre Eiker"', why: 'as a phrase only the municipality', keys: ['ovre-eiker'] },
  { q: 'ungdomssymfonikerne', why: 'one document, found by its stem', keys: ['ungdomssymfonikerne'] },
  { q: 'xyzzyqq', why: 'nonsense finds nothing', keys: [] },
  { q: '"felles saks', why: 'an unbalanced quote is literal, never an error (saks is not a word here)', keys: [] },
  { q: '-samarbeid', why: 'only an exclusion: nothing to look for', keys: [] },
];
