import { MANAGE } from '../manage-paths';
import { WORKSPACE } from '../paths';

/** The joint cases' workspace addresses (bokmål form; link with `p.href`). Segments are Norwegian in every language. */
export const JOINT = {
  list: (slug: string) => MANAGE.jointCases(slug),
  refer: (slug: string, caseId?: number) => `${MANAGE.jointCases(slug)}/ny${caseId ? `?sak=${caseId}` : ''}`,
  rollup: (slug: string, id: number | string) => `${MANAGE.jointCases(slug)}/${id}`,
  publish: (slug: string, id: number | string) => `${MANAGE.jointCases(slug)}/${id}/publisering`,
  links: (slug: string, id: number | string) => `${MANAGE.jointCases(slug)}/${id}/lenker`,
  paper: (slug: string, id: number | string, code: string, ext: 'pdf' | 'docx') => `${MANAGE.jointCases(slug)}/${id}/kommuner/${code}/saksfremlegg.${ext}`,
  /** The recording form, outside any one cooperation's pages: a clerk works for a municipality, not a cooperation. */
  record: (id: number | string, code: string) => `${WORKSPACE.home}/fellessaker/${id}/kommuner/${code}`,
  clerk: `${WORKSPACE.home}/kommune`,
  link: (token: string) => `/behandling/${token}`,
} as const;

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]{1,12}}';
const CODE = ':code{[0-9]{2,4}}';
export const JOINT_ROUTES = {
  list: JOINT.list(SLUG),
  refer: JOINT.refer(SLUG),
  rollup: JOINT.rollup(SLUG, ID),
  publish: JOINT.publish(SLUG, ID),
  links: JOINT.links(SLUG, ID),
  paperPdf: JOINT.paper(SLUG, ID, CODE, 'pdf'),
  paperDocx: JOINT.paper(SLUG, ID, CODE, 'docx'),
  record: JOINT.record(ID, CODE),
  clerk: JOINT.clerk,
  link: JOINT.link(':token{[A-Za-z0-9_-]{1,100}}'),
} as const;
