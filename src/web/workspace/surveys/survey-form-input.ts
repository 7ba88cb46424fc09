import { isoDate } from '../handler-kit';
import type { FieldMessages } from '../form-kit';
import { localizedInput } from '../form-kit';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';

/** A text in three languages from the form, without the blank ones (undefined when all are blank). */
export function optionalLocalized(v: Record<string, string>, name: string) {
  const text = Object.fromEntries(Object.entries(localizedInput(v, name)).filter(([, s]) => s.trim() !== ''));
  return Object.keys(text).length > 0 ? text : undefined;
}

/** A new survey's definition from the settings form, with one free-text question to start from. */
export function definitionFromForm(p: PageContext, v: Record<string, string>) {
  const t = surveys(p.locale);
  return {
    format: 'samrad-survey/1',
    title: optionalLocalized(v, 'title') ?? {},
    ...(optionalLocalized(v, 'intro') ? { intro: optionalLocalized(v, 'intro') } : {}),
    ...(optionalLocalized(v, 'audience') ? { audience: optionalLocalized(v, 'audience') } : {}),
    anonymity: v.anonymity ?? '',
    opensOn: isoDate(v.opens_on),
    closesOn: isoDate(v.closes_on),
    openLink: v.open_link === 'on',
    language: p.locale,
    sections: [{ key: 'del1', title: { [p.locale]: t.starterSection }, questions: [{ key: 'kommentar', kind: 'text', text: { [p.locale]: t.starterQuestion } }] }],
  };
}

const FIELD_NAMES: Record<string, string> = { opensOn: 'opens_on', closesOn: 'closes_on', openLink: 'open_link', anonymity: 'anonymity' };

/** The definition's error paths (definition.title.nb, definition.opensOn) as the form's field names. */
export function renameDefinitionErrors(errors: FieldMessages): FieldMessages {
  const out: FieldMessages = {};
  for (const [key, list] of Object.entries(errors)) {
    const path = key.replace(/^definition\./, '');
    const [head, ...rest] = path.split('.');
    let name = FIELD_NAMES[head!] ?? path;
    // A text missing in every language: show it at the bokmål field.
    if (['title', 'intro', 'audience'].includes(head!) && rest.length === 0) name = `${head}.nb`;
    (out[name] ??= []).push(...list);
  }
  return out;
}
