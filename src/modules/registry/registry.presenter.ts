import type { AuthorityDetail, AuthorityLink, AuthorityView } from './queries/views';
import type { AuthorityChangeJson, County, CountyDetailJson, Municipality, MunicipalityDetailJson } from './registry.schemas';

/** Where the API is mounted; ids are paths under it (OParl's `id` is the object's own address). */
export const API_BASE = '/api/v1';

export function authorityPath(kind: 'municipality' | 'county', code: string): string {
  return `${API_BASE}/${kind === 'municipality' ? 'municipalities' : 'counties'}/${code}`;
}

export function presentMunicipality(view: AuthorityView): Municipality {
  return {
    id: authorityPath('municipality', view.code),
    code: view.code,
    name: view.name,
    classification: 'municipality',
    countyCode: view.countyCode,
    countyName: view.countyName,
    validFrom: view.validFrom,
    validTo: view.validTo,
  };
}

export function presentCounty(view: Pick<AuthorityView, 'code' | 'name' | 'validFrom' | 'validTo'>): County {
  return {
    id: authorityPath('county', view.code),
    code: view.code,
    name: view.name,
    classification: 'county',
    validFrom: view.validFrom,
    validTo: view.validTo,
  };
}

function presentLink(link: AuthorityLink): AuthorityChangeJson {
  return {
    id: authorityPath(link.kind, link.code),
    code: link.code,
    name: link.name,
    classification: link.kind,
    effectiveOn: link.effectiveOn,
    changeKind: link.changeKind,
  };
}

function history(detail: AuthorityDetail) {
  return {
    names: detail.names.map((n) => ({ name: n.name, validFrom: n.validFrom, validTo: n.validTo })),
    predecessors: detail.predecessors.map(presentLink),
    successors: detail.successors.map(presentLink),
  };
}

export function presentMunicipalityDetail(detail: AuthorityDetail): MunicipalityDetailJson {
  return {
    ...presentMunicipality({ ...detail, countyName: detail.county?.name ?? null }),
    ...history(detail),
  };
}

export function presentCountyDetail(detail: AuthorityDetail): CountyDetailJson {
  return {
    ...presentCounty(detail),
    ...history(detail),
    municipalities: (detail.municipalities ?? []).map((m) => ({ id: authorityPath('municipality', m.code), ...m })),
  };
}
