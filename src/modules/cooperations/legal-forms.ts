import type { LocalizedText } from '../../platform/i18n';

/**
 * The legal forms an inter-municipal cooperation can take in Norway. A fixed list: the form decides
 * what the cooperation may do (a political council may not produce services) and who is liable.
 * A cooperation also keeps its own `legal_basis` as its sources word it, beside this classification.
 */
export const LEGAL_FORM_KEYS = [
  'section_27',
  'political_council',
  'municipal_joint_task',
  'host_municipality',
  'iks',
  'limited_company',
  'association',
  'agreement',
] as const;
export type LegalFormKey = (typeof LEGAL_FORM_KEYS)[number];

export interface LegalForm {
  key: LegalFormKey;
  name: Required<LocalizedText>;
  /** The statute, as Norwegian sources cite it. */
  legalBasis: string;
  /** What sets the form apart, in a sentence. */
  description: Required<LocalizedText>;
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  {
    key: 'section_27',
    name: { nb: '§ 27-samarbeid', nn: '§ 27-samarbeid', en: 'Section 27 cooperation' },
    legalBasis: 'kommuneloven (1992) § 27',
    description: {
      nb: 'Samarbeidsform etter den gamle kommuneloven, brukt fram til 2019.',
      nn: 'Samarbeidsform etter den gamle kommunelova, brukt fram til 2019.',
      en: 'A form under the old Local Government Act, used until 2019.',
    },
  },
  {
    key: 'political_council',
    name: { nb: 'Interkommunalt politisk råd', nn: 'Interkommunalt politisk råd', en: 'Inter-municipal political council' },
    legalBasis: 'kommuneloven (2018) kapittel 18',
    description: {
      nb: 'Et politisk samarbeidsorgan. Det kan ikke produsere tjenester.',
      nn: 'Eit politisk samarbeidsorgan. Det kan ikkje produsere tenester.',
      en: 'A political forum. It may not produce services.',
    },
  },
  {
    key: 'municipal_joint_task',
    name: { nb: 'Kommunalt oppgavefellesskap', nn: 'Kommunalt oppgåvefellesskap', en: 'Municipal joint task body' },
    legalBasis: 'kommuneloven (2018) kapittel 19',
    description: {
      nb: 'Kommunene løser en felles oppgave sammen.',
      nn: 'Kommunane løyser ei felles oppgåve saman.',
      en: 'The municipalities carry out a common task together.',
    },
  },
  {
    key: 'host_municipality',
    name: { nb: 'Vertskommunesamarbeid', nn: 'Vertskommunesamarbeid', en: 'Host municipality cooperation' },
    legalBasis: 'kommuneloven (2018) kapittel 20',
    description: {
      nb: 'Én kommune utfører oppgaver for de andre, administrativt eller med en felles folkevalgt nemnd. Samarbeidet er aldri et eget rettssubjekt.',
      nn: 'Éin kommune utfører oppgåver for dei andre, administrativt eller med ei felles folkevald nemnd. Samarbeidet er aldri eit eige rettssubjekt.',
      en: 'One municipality carries out tasks for the others, administratively or with a joint committee. It is never a legal entity of its own.',
    },
  },
  {
    key: 'iks',
    name: { nb: 'Interkommunalt selskap (IKS)', nn: 'Interkommunalt selskap (IKS)', en: 'Inter-municipal company (IKS)' },
    legalBasis: 'lov om interkommunale selskaper',
    description: {
      nb: 'Et eget selskap. Deltakerne har ubegrenset ansvar, fordelt etter eierandel.',
      nn: 'Eit eige selskap. Deltakarane har uavgrensa ansvar, fordelt etter eigardel.',
      en: 'A company of its own. The members have unlimited liability, in proportion to their shares.',
    },
  },
  {
    key: 'limited_company',
    name: { nb: 'Aksjeselskap (AS)', nn: 'Aksjeselskap (AS)', en: 'Limited company (AS)' },
    legalBasis: 'aksjeloven',
    description: {
      nb: 'Et aksjeselskap som kommunene eier.',
      nn: 'Eit aksjeselskap som kommunane eig.',
      en: 'A limited company owned by the municipalities.',
    },
  },
  {
    key: 'association',
    name: { nb: 'Forening', nn: 'Foreining', en: 'Association' },
    legalBasis: 'ulovfestet foreningsrett',
    description: {
      nb: 'En forening med kommunene som medlemmer.',
      nn: 'Ei foreining med kommunane som medlemer.',
      en: 'An association with the municipalities as its members.',
    },
  },
  {
    key: 'agreement',
    name: { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
    legalBasis: 'avtale vedtatt av hvert kommunestyre',
    description: {
      nb: 'En skriftlig avtale som hvert kommunestyre vedtar selv.',
      nn: 'Ein skriftleg avtale som kvart kommunestyre vedtek sjølv.',
      en: 'A written agreement that each council adopts itself.',
    },
  },
];

const byKey = new Map<string, LegalForm>(LEGAL_FORMS.map((form) => [form.key, form]));

export function isLegalFormKey(key: string): key is LegalFormKey {
  return byKey.has(key);
}

/** The name of a stored legal form; a key the list no longer has is shown as it is stored. */
export function legalFormName(key: string): LocalizedText {
  return byKey.get(key)?.name ?? { nb: key, nn: key, en: key };
}

export const COOPERATION_STATUSES = ['planned', 'active', 'ended'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];
