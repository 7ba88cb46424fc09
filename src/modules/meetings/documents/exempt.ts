/**
 * What an exempt (unntatt offentlighet) agenda or minutes item may show: "Unntatt offentlighet,
 * Offl. § 14" in place of its title, and nothing of its texts, unless the model was made for readers
 * who may see it (`showExemptTitle`).
 */
import type { Labels } from './labels';

interface MaybeExempt {
  title: string;
  isPublic?: boolean;
  exemptBasis?: string;
  showExemptTitle?: boolean;
}

/** An item is exempt when it is marked not public or has a legal basis for exemption. */
export function isHidden(item: MaybeExempt): boolean {
  return isExempt(item) && !item.showExemptTitle;
}

export function exemptLabel(t: Labels, basis: string | undefined): string {
  return basis?.trim() ? `${t.exempt}, ${basis.trim()}` : t.exempt;
}

function isExempt(item: MaybeExempt): boolean {
  return item.isPublic === false || Boolean(item.exemptBasis?.trim());
}

/** The title to print: the exemption notice, or the real one (marked when exempt, for internal copies). */
export function visibleTitle(t: Labels, item: MaybeExempt): string {
  if (isHidden(item)) return exemptLabel(t, item.exemptBasis);
  return isExempt(item) ? `${item.title} (${exemptLabel(t, item.exemptBasis)})` : item.title;
}
