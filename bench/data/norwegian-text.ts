import { SEED_CASE_PAPER, SEED_WEB_PAGE } from '../../src/demo/archive';
import { Random } from './random';
import { ACTORS, ADJECTIVES, BODIES, ADVERBIALS, FIELDS, HEADS, LAWS, MONTHS, SECTION_HEADINGS, VERBS } from './vocabulary';

/**
 * Deterministic Norwegian (bokmål) case-paper text for the benchmark dataset: the same seed gives the
 * same text on every machine. Most sentences come from a small grammar over the domain's vocabulary
 * (compounds of field + head, actors, verbs, laws, amounts, dates, place names), so the vocabulary is
 * wide and no paragraph repeats; about one sentence in seven comes from a word-level Markov chain
 * trained on the two seed documents, so the text also carries the seeds' own turns of phrase.
 * Everything it writes is generated: the dataset marks the documents as such.
 */
export interface TextGenerator {
  sentence(): string;
  /** 3–7 sentences. */
  paragraph(): string;
  /** A document title, e.g. "Evaluering av den regionale beredskapsplanen – Hamar". */
  title(): string;
  /** A case paper of about `words` words: headings and paragraphs. */
  casePaper(words: number): string;
  /** The proposed resolution of a case: one or two sentences. */
  proposal(): string;
  /** A numbered proposal ("1. …"), `count` points. */
  points(count: number): string[];
  /** A resolution that differs from the proposal in a phrase or an added sentence. */
  amend(proposal: string): string;
  /** A place name from the list the generator was given. */
  place(): string;
  /** Dates and years in the text fall near this year from now on (a paper of 2018 speaks of 2016–2019). */
  setYear(year: number): void;
}

/** Case papers are 150–1,500 words, most of them short; about one in a hundred is a long report (up to 5,000). */
export function paperLength(random: Random): number {
  if (random.chance(0.01)) return random.between(2_000, 5_000);
  // A power of a uniform leans towards short papers: median about 390 words, mean about 540.
  return Math.round(150 + 1_350 * random.next() ** 2.5);
}

export function createTextGenerator(seed: number | Random, places: readonly string[]): TextGenerator {
  const r = typeof seed === 'number' ? new Random(seed) : seed;
  if (places.length === 0) throw new Error('createTextGenerator needs at least one place name');
  const chain = seedChain();
  const place = () => r.pick(places);
  const fill = (text: string) => text.replace(/\{K\}/g, place);

  const compound = () => {
    const head = r.pick(HEADS);
    const field = r.pick(FIELDS);
    return { head, word: (i: 0 | 1 | 2) => field + head[i] };
  };
  const indefinite = () => {
    const { head, word } = compound();
    const neuter = head[3] === 'n';
    const adjective = r.pick(ADJECTIVES)[neuter ? 1 : 0];
    return `${neuter ? 'et' : 'en'} ${adjective} ${word(0)}`;
  };
  const definite = () => {
    const { head, word } = compound();
    if (r.chance(0.35)) return word(r.chance(0.3) ? 2 : 1);
    if (r.chance(0.25)) return `de ${r.pick(ADJECTIVES)[2]} ${word(2)}`;
    return `${head[3] === 'n' ? 'det' : 'den'} ${r.pick(ADJECTIVES)[2]} ${word(1)}`;
  };
  const actor = () => fill(r.pick(ACTORS));
  const body = () => fill(r.pick(BODIES));
  // Inside a sentence a body is written in lower case ("for styringsgruppen"); a place name never is.
  const actorInside = () => {
    const a = r.pick(ACTORS);
    return fill(a.startsWith('{K}') ? a : a.charAt(0).toLowerCase() + a.slice(1));
  };
  const verb = () => r.pick(VERBS);
  let around = 2021;
  const year = () => r.between(around - 2, around + 1);
  const date = () => `${r.between(1, 28)}. ${r.pick(MONTHS)} ${year()}`;
  const amount = () => {
    const n = r.between(5, 4_000) * 5_000;
    return n.toLocaleString('nb-NO').replace(/\u00a0/g, ' ');
  };
  const percent = () => r.between(5, 95);

  const templates: (() => string)[] = [
    () => `${actor()} ${verb()[1]} ${definite()} ${r.pick(ADVERBIALS)}.`,
    () => `Det er behov for ${indefinite()} for ${place()}, ${place()} og ${place()}.`,
    () => `${actor()} ber sekretariatet om å ${verb()[0]} ${definite()} innen ${date()}.`,
    () => `Kostnadene fordeles etter innbyggertall, og ${place()} kommune sitt bidrag utgjør ${amount()} kroner i ${year()}.`,
    () => `I møtet ${date()} ble det orientert om ${definite()} i ${place()}.`,
    () => `Saken ble behandlet i ${body()} ${date()}, med vedtak om å ${verb()[0]} ${definite()}.`,
    () => `Erfaringene fra ${definite()} viser at ${definite()} bør ${verb()[2]} ${r.pick(ADVERBIALS)}.`,
    () => `Kommunedirektøren anbefaler at ${actorInside()} ${verb()[1]} ${definite()}.`,
    () => `Arbeidet skal evalueres i ${year()}, og resultatene legges fram for ${actorInside()}.`,
    () => `Tiltaket finansieres med ${amount()} kroner over budsjettet for ${year()}, hvorav ${percent()} prosent dekkes av ${place()}.`,
    () => `Etter ${r.pick(LAWS)} skal ${definite()} ${verb()[2]} ${r.pick(ADVERBIALS)}.`,
    () => `Hvordan kan ${definite()} ${verb()[2]} ${r.pick(ADVERBIALS)}?`,
    () => `Innbyggerne i ${place()} får ${indefinite()} fra ${r.pick(MONTHS)} ${year()}.`,
    () => `Målet er å ${verb()[0]} ${definite()} og sikre ${definite()} for alle deltakerkommunene.`,
    () => `${actor()} mener at ${definite()} ikke kan ${verb()[2]} før ${definite()} er på plass.`,
    () => `Det vises til ${r.pick(LAWS)} og til tidligere vedtak i ${body()} ${date()}.`,
    () => `Høringsinnspillene fra ${place()} og ${place()} peker på ${definite()} som den største utfordringen.`,
    () => `Samlet utgjør ${definite()} om lag ${percent()} prosent av driftsbudsjettet.`,
    () => `${place()} har tilbudt seg å være vertskommune for ${definite()} fra ${year()}.`,
    () => `Rådmannsgruppen vil i ${r.pick(MONTHS)} legge fram ${indefinite()} med forslag til fordelingsnøkkel.`,
    () => chain(r, place),
    () => chain(r, place),
    () => chain(r, place),
  ];

  const sentence = () => r.pick(templates)();
  const paragraph = () => {
    const n = r.between(3, 7);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(sentence());
    return parts.join(' ');
  };
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const titles: (() => string)[] = [
    () => {
      const from = year();
      return `${capital(indefinite().replace(/^(en|et) /, ''))} ${from}–${from + r.between(1, 4)}`;
    },
    () => `Høring: ${definite()}`,
    () => `Evaluering av ${definite()} – ${place()}`,
    () => `Søknad om midler til ${indefinite()}`,
    () => `Orientering om ${definite()}`,
    () => `Budsjett ${year()} for ${definite()}`,
    () => `${capital(definite())} – videre organisering`,
  ];

  const proposal = () => `${actor()} ${verb()[1]} ${definite()} ${r.pick(ADVERBIALS)}.` + (r.chance(0.5) ? ` ${sentence()}` : '');

  return {
    sentence,
    paragraph,
    place,
    setYear: (y) => {
      around = y;
    },
    title: () => r.pick(titles)(),
    proposal,
    points: (count) => Array.from({ length: count }, (_, i) => `${i + 1}. ${capital(definite())} ${verb()[2]} ${r.pick(ADVERBIALS)}.`),
    amend: (text) => (r.chance(0.5) ? `${text} ${sentence()}` : text.replace(/\.$/, `, ${r.pick(['med de endringer som kom fram i møtet', 'med en ny frist', 'med tillegg om rapportering hvert halvår'])}.`)),
    casePaper(words) {
      const parts: string[] = [];
      let count = 0;
      const headings = r.sample(SECTION_HEADINGS, 4 + Math.floor(words / 400));
      let next = 0;
      parts.push(`Forslag til vedtak:\n\n${proposal()}`);
      while (count < words) {
        if (count >= (next * words) / headings.length && next < headings.length) parts.push(headings[next++]!);
        const p = paragraph();
        count += p.split(' ').length;
        parts.push(p);
      }
      return parts.join('\n\n');
    },
  };
}

// ---- the Markov chain over the seed documents (order 2, words; sentence starts are keys too) ----

type Chain = (r: Random, place: () => string) => string;

/** Place names in the seeds, swapped for others so the chain's sentences travel the whole country. */
const SEED_PLACES = new Set(['Drammen', 'Svelvik', 'Bærum', 'Kleivstua', 'Oslo']);

function seedChain(): Chain {
  const sentences = `${SEED_CASE_PAPER.text}\n${SEED_WEB_PAGE.text}`
    .split(/(?<=[.?!:])\s+|\n+/)
    .map((s) => s.replace(/^[-\d.)\s]+/, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 6 && /[.?!]$/.test(s));
  const next = new Map<string, string[]>();
  const starts: [string, string][] = [];
  for (const s of sentences) {
    const words = ['', '', ...s.split(' ')];
    starts.push([words[2]!, words[3]!]);
    for (let i = 2; i < words.length; i++) {
      const key = `${words[i - 2]} ${words[i - 1]}`;
      (next.get(key) ?? next.set(key, []).get(key)!).push(words[i]!);
    }
  }
  return (r, place) => {
    const [a, b] = r.pick(starts);
    const out = [a, b];
    while (out.length < 60) {
      const options = next.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
      if (!options) break;
      const word = r.pick(options);
      out.push(word);
      if (/[.?!]$/.test(word)) break;
    }
    const text = out.map((w) => (SEED_PLACES.has(w.replace(/[,.]$/, '')) ? place() + w.replace(/^[^,.]+/, '') : w)).join(' ');
    return /[.?!]$/.test(text) ? text : `${text}.`;
  };
}
