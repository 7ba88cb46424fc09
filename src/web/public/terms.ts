import type { LocalizedText } from '../../platform/i18n';

/** The label of a stored key in one of the modules' fixed vocabularies; an unknown key as it is stored. */
export function termLabel(list: readonly { key: string; label: LocalizedText }[], key: string): LocalizedText {
  return list.find((term) => term.key === key)?.label ?? { nb: key, nn: key, en: key };
}
