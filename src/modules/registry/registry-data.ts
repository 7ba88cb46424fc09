import { readFileSync } from 'node:fs';
import { projectFile } from '../../platform/project-files';
import { isValidOn, resolveCodeOn } from './as-of';

export type AuthorityKind = 'municipality' | 'county';

export interface AuthorityRecord {
  code: string;
  kind: AuthorityKind;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  /** For a municipality, the county authority its code belongs to (first two digits); null for counties. */
  countyCode: string | null;
}

export interface AuthorityNameRecord {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

export type AuthorityChangeKind = 'renumbered' | 'merged' | 'split' | 'divided';

export interface AuthorityChangeRecord {
  fromCode: string;
  toCode: string;
  effectiveOn: string;
  kind: AuthorityChangeKind;
}

export interface RegistryData {
  authorities: AuthorityRecord[];
  names: AuthorityNameRecord[];
  changes: AuthorityChangeRecord[];
}

// Years with a full SSB code list; consecutive years pin a change to its exact 1 January.
const LIST_YEARS = [2013, 2017, 2018, 2019, 2020];
const HISTORY_FILE = 'ssb/codes-1994-2024-to-2024.csv';
// "Fra 1. januar 2006 ble kommunene 1154 Vindafjord og 1159 Ølen slått sammen til 1160 Vindafjord"
const MERGER_NOTE = /Fra 1\.\s*januar (\d{4}) ble kommunene .* slått sammen til (?:en ny kommune )?(\d{4})/;

// Svalbard, Jan Mayen, the continental shelf (21xx–23xx) and "unknown" (99xx) are not municipalities.
const isMunicipalityCode = (code: string) => /^\d{4}$/.test(code) && !/^(2[123]|99)/.test(code);

// SSB's files lost letters outside Latin-1 (ŋ, š) on the way: '?' or a bare letter took their place.
const NAME_FIXES: Record<string, string> = {
  'Kárá?johka - Karasjok': 'Kárášjohka - Karasjok',
  'Kárásjohka - Karasjok': 'Kárášjohka - Karasjok',
  'Porsanger - Porsá?gu - Porsanki': 'Porsanger - Porsáŋgu - Porsanki',
  'Porsanger - Porsángu - Porsanki': 'Porsanger - Porsáŋgu - Porsanki',
  'Evenes - Evenássi': 'Evenes - Evenášši',
};
const cleanName = (raw: string) => {
  const name = raw.replace(/\s+/g, ' ').trim();
  return NAME_FIXES[name] ?? name;
};

// SSB's older lists repeat names such as "Våler" or "Herøy" across counties; later files add the
// county in parentheses. Adding or dropping that qualifier is not a change of name.
const withoutQualifier = (name: string) => name.replace(/\s*\([^)]*\)$/, '');

const jan1 = (year: number) => `${year}-01-01`;
const dec31 = (year: number) => `${year}-12-31`;
const yearOf = (date: string) => Number(date.slice(0, 4));
const dayAfter = (validTo: string) => jan1(yearOf(validTo) + 1); // changes only ever happen on 1 January

function readTable(file: string, sep: string): Record<string, string>[] {
  const text = readFileSync(projectFile('src/modules/registry/data', file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted && ch === '"' && text.charAt(i + 1) === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== sep && ch !== '\n' && ch !== '\r')) {
      field += ch;
    } else if (ch !== '\r') {
      row.push(field);
      field = '';
      if (ch === '\n') rows.push(row), (row = []);
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** One row of the 1994–2024 file: a code (under one name) and the years the label gives it. */
interface HistoryEntry {
  code: string;
  name: string;
  group: string;
  from: number | null;
  to: number | null;
  /** No years in the label: the code is valid in the file's final year. */
  current: boolean;
}

function readHistory(): HistoryEntry[] {
  return readTable(HISTORY_FILE, ',').flatMap((row): HistoryEntry[] => {
    // '0716u' is Våle, which held 0716 before Re (2002); we keep both as names of the one code.
    const code = (row.code ?? '').slice(0, 4);
    if (!isMunicipalityCode(code)) return [];
    const label = (row.label ?? '').trim();
    const years = /^(.*?)\s*\((\d{4})?-(\d{4})?\)$/.exec(label);
    const group = row.code_2024 ?? '';
    if (!years) return [{ code, name: label, group, from: null, to: null, current: true }];
    const [, name = '', from, to] = years;
    return [{ code, name, group, from: from ? Number(from) : null, to: to ? Number(to) : null, current: false }];
  });
}

function readLists() {
  const lists = new Map<number, Map<string, string>>();
  const mergedIn = new Map<string, number>(); // code → year it was formed, from SSB's notes
  for (const year of LIST_YEARS) {
    const names = new Map<string, string>();
    for (const row of readTable(`ssb/ssb_kommunekoder_${year}.csv`, ';')) {
      const code = row.code ?? '';
      if (!isMunicipalityCode(code)) continue;
      names.set(code, row.name ?? '');
      const note = MERGER_NOTE.exec(row.notes ?? '');
      if (note?.[1] && note[2] === code) mergedIn.set(code, Number(note[1]));
    }
    lists.set(year, names);
  }
  return { lists, mergedIn };
}

function readListChanges(): Array<[string, string]> {
  return LIST_YEARS.slice(1).flatMap((to, i) =>
    readTable(`ssb/kommuner_med_endringer_fra${LIST_YEARS[i]}_til${to}.csv`, ';').map((row): [string, string] => {
      const [from = '', into = ''] = Object.values(row).map((cell) => cell.slice(0, 4));
      return [from, into];
    }),
  );
}

function buildMunicipalities() {
  const { lists, mergedIn } = readLists();
  const history = readHistory();
  const finalYear = Math.max(...history.map((e) => e.to ?? 0)) + 1;
  const listed = [...lists.values()].flatMap((m) => [...m.keys()]);
  const codes = [...new Set([...listed, ...history.map((e) => e.code)])].sort();
  const listBefore = (y: number) => LIST_YEARS[LIST_YEARS.indexOf(y) - 1];
  const listAfter = (y: number) => LIST_YEARS[LIST_YEARS.indexOf(y) + 1];

  const authorities: AuthorityRecord[] = [];
  const names: AuthorityNameRecord[] = [];
  for (const code of codes) {
    const own = history.filter((e) => e.code === code);
    if (own.length === 0) throw new Error(`SSB data: ${code} is in a code list but not in ${HISTORY_FILE}`);
    const seen = LIST_YEARS.filter((y) => lists.get(y)?.has(code));
    const first = seen[0];
    const last = seen.at(-1);
    const openStart = own.some((e) => !e.current && e.from === null);
    const labelStart = openStart ? null : Math.min(...own.map((e) => (e.current ? finalYear : (e.from ?? 0))));
    const labelEnd = own.some((e) => e.current) ? null : Math.max(...own.map((e) => e.to ?? 0));
    let from = labelStart;
    let to = labelEnd;
    // Between consecutive lists the year is exact; otherwise the 1994 file (or SSB's note) knows better.
    if (first !== undefined && listBefore(first) === first - 1) from = first;
    else if (first !== undefined && own.every((e) => e.current)) from = mergedIn.get(code) ?? null;
    if (last !== undefined && listAfter(last) === last + 1) to = last;
    const validFrom = from === null ? null : jan1(from);
    const validTo = to === null ? null : dec31(to);

    // Name snapshots in time order: old labels before the lists, the lists, then the current label.
    const before = own.filter((e) => !e.current && (first === undefined || (e.to ?? 0) < first));
    const snaps: Array<{ year: number | null; name: string; end: number | null }> = [
      ...before.map((e) => ({ year: e.from, name: e.name, end: e.to })),
      ...seen.map((y) => ({ year: y, name: lists.get(y)?.get(code) ?? '', end: null })),
      ...own.filter((e) => e.current).map((e) => ({ year: finalYear, name: e.name, end: null })),
    ];
    const periods: AuthorityNameRecord[] = [];
    let knownEnd: number | null = null;
    const labels = own.map((e) => cleanName(e.name));
    for (const snap of snaps) {
      const given = cleanName(snap.name);
      const name = labels.find((l) => l !== given && withoutQualifier(l) === given) ?? given;
      const previous = periods.at(-1);
      if (previous && withoutQualifier(previous.name) === withoutQualifier(name)) {
        if (name !== withoutQualifier(name)) previous.name = name;
      } else {
        // A new name is dated from the first snapshot showing it, unless the old name's end is known.
        const start = previous ? (knownEnd !== null ? knownEnd + 1 : (snap.year ?? 0)) : null;
        if (previous && start !== null) previous.validTo = dec31(start - 1);
        periods.push({ code, name, validFrom: start === null ? validFrom : jan1(start), validTo });
      }
      knownEnd = snap.end;
    }
    const latest = periods.at(-1)?.name ?? code;
    const countyCode = code.slice(0, 2);
    authorities.push({ code, kind: 'municipality', name: latest, validFrom, validTo, countyCode });
    if (periods.length > 1) names.push(...periods);
  }
  return { authorities, names, history };
}

type Link = Omit<AuthorityChangeRecord, 'kind'>;

function municipalityLinks(authorities: AuthorityRecord[], history: HistoryEntry[]): Link[] {
  const byCode = new Map(authorities.map((a) => [a.code, a]));
  const links: Link[] = [];
  const add = (fromCode: string, toCode: string) => {
    const validTo = byCode.get(fromCode)?.validTo;
    if (fromCode === toCode || !validTo || !byCode.has(toCode)) return;
    if (links.some((l) => l.fromCode === fromCode && l.toCode === toCode)) return;
    links.push({ fromCode, toCode, effectiveOn: dayAfter(validTo) });
  };
  for (const [from, to] of readListChanges()) add(from, to);

  // Outside the change lists, a code's successors are the codes of its 2024 group that start the
  // year after it ends, or, when none starts then, those that already existed (it was absorbed).
  const grouped = history.filter((e) => /^\d{4}$/.test(e.group));
  const firstList = LIST_YEARS[0] ?? 0;
  const lastList = LIST_YEARS.at(-1) ?? 0;
  for (const entry of grouped) {
    const end = entry.to;
    // Only where the code itself ends (Våle's end in 2001 is not the end of 0716), outside the lists.
    if (end === null || (end >= firstList && end < lastList)) continue;
    if (byCode.get(entry.code)?.validTo !== dec31(end)) continue;
    const next = jan1(end + 1);
    const peers = grouped.filter((e) => e.group === entry.group && e.code !== entry.code);
    const starts = peers.filter((e) => (e.current ? byCode.get(e.code)?.validFrom === next : e.from === end + 1));
    const existing = peers.filter((e) => {
      const peer = byCode.get(e.code);
      return peer !== undefined && isValidOn(peer, next);
    });
    for (const peer of starts.length > 0 ? starts : existing) add(entry.code, peer.code);
  }

  // A new code with no predecessor was carved out of what its group's older codes had become
  // (1534 Haram → 1507 Ålesund in 2020 → 1580 Haram in 2024).
  for (const target of authorities) {
    if (target.validFrom === null || links.some((l) => l.toCode === target.code)) continue;
    const lastYearBefore = yearOf(target.validFrom) - 1;
    const groups = new Set(grouped.filter((e) => e.code === target.code).map((e) => e.group));
    const older = grouped.filter((e) => groups.has(e.group) && e.code !== target.code && (e.to ?? Infinity) < lastYearBefore);
    for (const entry of older) {
      for (const code of resolveCodeOn(entry.code, dec31(lastYearBefore), links, authorities)) add(code, target.code);
    }
  }
  return links;
}

function buildCounties(): { authorities: AuthorityRecord[]; links: Link[] } {
  const rows = readTable('counties.csv', ';');
  const authorities = rows.map((r): AuthorityRecord => ({
    code: r.code ?? '',
    kind: 'county',
    name: r.name ?? '',
    validFrom: r.valid_from || null,
    validTo: r.valid_to || null,
    countyCode: null,
  }));
  const links = rows.flatMap((r) => {
    if (r.successors && !r.valid_to) throw new Error(`counties.csv: ${r.code} has successors but no valid_to`);
    return (r.successors ?? '')
      .split(' ')
      .filter(Boolean)
      .map((toCode) => ({ fromCode: r.code ?? '', toCode, effectiveOn: dayAfter(r.valid_to ?? '') }));
  });
  return { authorities, links };
}

function classify(links: Link[], authorities: AuthorityRecord[]): AuthorityChangeRecord[] {
  const byCode = new Map(authorities.map((a) => [a.code, a]));
  const tally = (key: (l: Link) => string) => {
    const counts = new Map<string, number>();
    for (const l of links) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
    return (l: Link) => counts.get(key(l)) ?? 0;
  };
  const outgoing = tally((l) => `${l.fromCode}@${l.effectiveOn}`);
  const incoming = tally((l) => `${l.toCode}@${l.effectiveOn}`);
  return links.map((l) => {
    const target = byCode.get(l.toCode);
    const targetExisted = target !== undefined && (target.validFrom === null || target.validFrom < l.effectiveOn);
    // One code into several is a split, even where a part joins others (Snillfjord 2020).
    const kind: AuthorityChangeKind =
      outgoing(l) > 1 ? 'split' : incoming(l) > 1 || targetExisted ? 'merged' : 'renumbered';
    return { ...l, kind };
  });
}

// Two-digit county codes before four-digit municipality codes, then in code order.
const compareCodes = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** The register derived from the shipped SSB files: counties first, then municipalities, each by code. */
export function loadRegistryData(): RegistryData {
  const municipalities = buildMunicipalities();
  const counties = buildCounties();
  const authorities = [...counties.authorities, ...municipalities.authorities].sort((a, b) => compareCodes(a.code, b.code));
  const links = [...counties.links, ...municipalityLinks(municipalities.authorities, municipalities.history)];
  const changes = classify(links, authorities).sort(
    (a, b) => compareCodes(a.fromCode, b.fromCode) || compareCodes(a.toCode, b.toCode),
  );
  // Name periods of one code never overlap, so their start orders them (null = the first).
  const names = municipalities.names.sort(
    (a, b) => compareCodes(a.code, b.code) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''),
  );
  return { authorities, names, changes };
}
