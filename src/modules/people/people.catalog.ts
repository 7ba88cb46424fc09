import type { LocalizedText } from '../../platform/i18n';

/**
 * The fixed vocabularies of bodies and seats. Keys are stored; labels are shown. A seat is a role
 * (mayor of Asker in the steering group), held by a person or, where we know no name, by no one.
 */
export interface Term<K extends string> {
  key: K;
  label: Required<LocalizedText>;
}

export const BODY_KINDS = [
  { key: 'political', label: { nb: 'Politisk organ', nn: 'Politisk organ', en: 'Political body' } },
  { key: 'administrative', label: { nb: 'Administrativt organ', nn: 'Administrativt organ', en: 'Administrative body' } },
  { key: 'general_assembly', label: { nb: 'Generalforsamling', nn: 'Generalforsamling', en: 'General assembly' } },
  { key: 'working_group', label: { nb: 'Arbeidsgruppe', nn: 'Arbeidsgruppe', en: 'Working group' } },
  { key: 'secretariat', label: { nb: 'Sekretariat', nn: 'Sekretariat', en: 'Secretariat' } },
] as const satisfies readonly Term<string>[];
export type BodyKind = (typeof BODY_KINDS)[number]['key'];
export const BODY_KIND_KEYS = BODY_KINDS.map((t) => t.key) as [BodyKind, ...BodyKind[]];

export const OFFICES = [
  { key: 'mayor', label: { nb: 'Ordfører', nn: 'Ordførar', en: 'Mayor' } },
  { key: 'deputy_mayor', label: { nb: 'Varaordfører', nn: 'Varaordførar', en: 'Deputy mayor' } },
  { key: 'county_mayor', label: { nb: 'Fylkesordfører', nn: 'Fylkesordførar', en: 'County mayor' } },
  { key: 'chief_executive', label: { nb: 'Rådmann/kommunedirektør', nn: 'Rådmann/kommunedirektør', en: 'Chief executive' } },
  { key: 'county_chief_executive', label: { nb: 'Fylkesrådmann', nn: 'Fylkesrådmann', en: 'County chief executive' } },
  { key: 'head_of_department', label: { nb: 'Kommunalsjef', nn: 'Kommunalsjef', en: 'Head of department' } },
  { key: 'other_elected', label: { nb: 'Annen folkevalgt', nn: 'Annan folkevald', en: 'Other elected official' } },
  { key: 'other_staff', label: { nb: 'Annen ansatt', nn: 'Annan tilsett', en: 'Other staff' } },
  { key: 'formannskap', label: { nb: 'Formannskapet', nn: 'Formannskapet', en: 'Executive committee (formannskap)' } },
  { key: 'county_committee', label: { nb: 'Fylkesutvalget', nn: 'Fylkesutvalet', en: 'County committee' } },
  { key: 'secretariat_staff', label: { nb: 'Ansatt i sekretariatet', nn: 'Tilsett i sekretariatet', en: 'Secretariat staff' } },
] as const satisfies readonly Term<string>[];
export type Office = (typeof OFFICES)[number]['key'];
export const OFFICE_KEYS = OFFICES.map((t) => t.key) as [Office, ...Office[]];

export const POSITIONS = [
  { key: 'chair', label: { nb: 'Leder', nn: 'Leiar', en: 'Chair' } },
  { key: 'deputy_chair', label: { nb: 'Nestleder', nn: 'Nestleiar', en: 'Deputy chair' } },
  { key: 'member', label: { nb: 'Medlem', nn: 'Medlem', en: 'Member' } },
  { key: 'secretary', label: { nb: 'Sekretær', nn: 'Sekretær', en: 'Secretary' } },
] as const satisfies readonly Term<string>[];
export type Position = (typeof POSITIONS)[number]['key'];
export const POSITION_KEYS = POSITIONS.map((t) => t.key) as [Position, ...Position[]];

/** The label of a stored key in a list; a key the list no longer has is shown as it is stored. */
export function labelOf(list: readonly Term<string>[], key: string): LocalizedText {
  return list.find((t) => t.key === key)?.label ?? { nb: key, nn: key, en: key };
}
