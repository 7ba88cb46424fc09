import type { Locale } from '../../platform/i18n';

/**
 * UI strings for one area of the interface, in all three languages side by side. The types make a
 * missing or extra key in nynorsk or English a compile error, so no language silently falls behind.
 * A message is a string, or a function when it takes values.
 */
type Message = string | ((...args: any[]) => string);
type Shape<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

export function defineMessages<T extends Record<string, Message>>(messages: { nb: T; nn: Shape<T>; en: Shape<T> }) {
  return (locale: Locale): Shape<T> => messages[locale] as Shape<T>;
}
