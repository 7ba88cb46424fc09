import { z } from 'zod';
import { ValidationError } from '../../../platform/errors';

const MAX_EXTRA = 50;
const email = z.email();

/**
 * The extra addresses typed in the summons form (one per line, or separated by commas, semicolons or
 * spaces). Refuses the whole field, naming the addresses that are not e-mail addresses.
 */
export function parseExtraAddresses(raw: string | undefined, field = 'extra_addresses'): string[] {
  const list = [...new Set((raw ?? '').split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean))];
  const wrong = list.filter((x) => !email.safeParse(x).success);
  if (wrong.length > 0) throw new ValidationError({ [field]: [`not an e-mail address: ${wrong.join(', ')}`] });
  if (list.length > MAX_EXTRA) throw new ValidationError({ [field]: [`at most ${MAX_EXTRA} addresses`] });
  return list;
}
