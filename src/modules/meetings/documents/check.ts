/**
 * The models come from MEETINGS-CORE's queries, not from users; a wrong value there is a bug, and
 * the error says which field and what it should look like instead of printing "Invalid Date".
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function checkInstant(field: string, value: string): string {
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`${field} must be an ISO-8601 instant with a zone, such as 2018-03-15T09:00:00Z; got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar date `2018-03-15`, or an instant (printed as its date in Oslo). */
export function checkDate(field: string, value: string): string {
  if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return value;
  if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new TypeError(`${field} must be an ISO date such as 2018-03-15; got ${JSON.stringify(value)}.`);
}

export function checkText(field: string, value: string | null | undefined): string {
  if (typeof value !== 'string' || !value.trim()) throw new TypeError(`${field} must be a non-empty text; got ${JSON.stringify(value)}.`);
  return value;
}
