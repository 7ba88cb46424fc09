import { todayInOslo } from '../../i18n';
import { TEXT_SIZES, type TextSize } from '../context';
import { COOKIE } from '../cookies';

/** Paths that are never public pages: skip even the version read for them. */
const NEVER = ['/api/', '/assets/', '/healthz', '/tekststorrelse'];

const SESSION = `${COOKIE.session}=`;
const TEXT_SIZE = new RegExp(`(?:^|;\\s*)${COOKIE.textSize}=([a-z]+)`);

/**
 * The cache key of an anonymous GET or HEAD, or null when the request may not be answered from the
 * cache (a session cookie, a write, the API, the workspace). Everything that changes the bytes is in
 * it: host (absolute links), text size (a cookie), the day in Oslo (pages that say what is current),
 * and path with query (which carries the language prefix). Works on raw header values, so that the
 * server can answer a hit before building a Request.
 */
export function cacheKeyOf(method: string | undefined, url: string | undefined, cookie: string | undefined, host: string | undefined): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url || url[0] !== '/') return null;
  if (cookie && cookie.includes(SESSION)) return null;
  for (const prefix of NEVER) if (url.startsWith(prefix)) return null;
  if (url.includes('/arbeidsflate') || url.includes('/logg-inn')) return null;
  return `${host ?? ''} ${textSizeOf(cookie)} ${today()} ${url}`;
}

function textSizeOf(cookie: string | undefined): TextSize {
  if (!cookie) return 'normal';
  const size = TEXT_SIZE.exec(cookie)?.[1];
  return size && TEXT_SIZES.includes(size as TextSize) ? (size as TextSize) : 'normal';
}

let day = { value: '', until: 0 };

/** Formatting a date is slow next to a cache hit: work it out at most once a second. */
function today(): string {
  const now = Date.now();
  if (now >= day.until) day = { value: todayInOslo(new Date(now)), until: now + 1000 };
  return day.value;
}
