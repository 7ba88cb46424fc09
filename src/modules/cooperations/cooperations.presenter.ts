import type { LocalizedText } from '../../platform/i18n';
import type { CooperationJson, CooperationMemberJson } from './cooperations.api-schemas';
import type { CooperationView, MemberView } from './queries/views';

/** Where the API is mounted; ids are paths under it (OParl's `id` is the object's own address). */
export const API_BASE = '/api/v1';

export const cooperationPath = (slug: string) => `${API_BASE}/cooperations/${encodeURIComponent(slug)}`;

export const allLanguages = (text: LocalizedText) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

export function presentCooperation(view: CooperationView): CooperationJson {
  return {
    id: cooperationPath(view.slug),
    slug: view.slug,
    name: view.name,
    shortName: view.shortName,
    classification: view.legalForm,
    legalBasis: view.legalBasis,
    tagline: allLanguages(view.tagline),
    purpose: allLanguages(view.purpose),
    host: view.host,
    headOffice: view.headOffice,
    status: view.status,
    startDate: view.establishedOn,
    endDate: view.endedOn,
    sourceNote: allLanguages(view.sourceNote),
    membersUrl: `${cooperationPath(view.slug)}/members`,
    bodiesUrl: `${cooperationPath(view.slug)}/bodies`,
  };
}

export function presentMember(slug: string, member: MemberView): CooperationMemberJson {
  return {
    id: String(member.membershipId),
    organization: slug,
    member: {
      id: `${API_BASE}/${member.kind === 'municipality' ? 'municipalities' : 'counties'}/${member.code}`,
      code: member.code,
      name: member.name,
      classification: member.kind,
    },
    countyCode: member.countyCode,
    startDate: member.startOn,
    endDate: member.endOn,
    note: allLanguages(member.note),
  };
}
