import { WORKSPACE_PATHS } from '../components/header';

/** The workspace's addresses (bokmål form; link with `p.href`). The header links to the first three. */
export const WORKSPACE = {
  signIn: WORKSPACE_PATHS.signIn,
  signOut: WORKSPACE_PATHS.signOut,
  home: WORKSPACE_PATHS.workspace,
  auditTrail: `${WORKSPACE_PATHS.workspace}/revisjonslogg`,
} as const;
