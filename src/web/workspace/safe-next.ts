/** A stand-in origin: a path resolved against it must stay on it to count as local. */
const BASE = 'http://samrad.invalid';

/**
 * The page to go to after signing in, if it is a path on this site; otherwise null. Refuses
 * everything a browser could read as another site (`//evil.example`, `/\evil.example`, `https:…`),
 * so `?neste=` cannot be used to send people elsewhere after they trust the sign-in page.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // Browsers read a backslash as a slash, and control characters are stripped before parsing.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Back to signing in or out would only go round in a circle.
  if (/^\/(?:(?:nn|en)\/)?logg-(?:inn|ut)\/?$/.test(url.pathname)) return null;
  return url.pathname + url.search + url.hash;
}
