import type { Actor } from '../authz';
import type { Config } from '../config';
import type { Db, Dialect } from '../db/database';
import type { Locale } from '../i18n';

/** What every request handler can reach through `c.var`. */
export interface AppVariables {
  db: Db;
  dialect: Dialect;
  config: Config;
  actor: Actor;
  /** The signed-in session's id, when there is one (for sign-out). */
  sessionId: string | null;
  csrfToken: string;
  locale: Locale;
  textSize: TextSize;
  /** Set by a public page that shows one cooperation's data only (page-cache/scope.ts). */
  pageCooperationId?: number;
}

export type TextSize = 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

export type AppEnv = { Variables: AppVariables };
