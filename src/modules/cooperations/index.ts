// The cooperations module: cooperations, their legal forms, and who is a member when.
export { LEGAL_FORMS, LEGAL_FORM_KEYS, COOPERATION_STATUSES, legalFormName, isLegalFormKey } from './legal-forms';
export type { LegalForm, LegalFormKey, CooperationStatus } from './legal-forms';

export { createCooperation } from './commands/create-cooperation';
export { updateCooperation } from './commands/update-cooperation';
export { addMembership } from './commands/add-membership';
export { endMembership } from './commands/end-membership';
export type {
  CreateCooperationInput,
  UpdateCooperationInput,
  AddMembershipInput,
  EndMembershipInput,
} from './cooperations.schemas';
export { canCreateCooperation, canEditCooperation } from './cooperations.policy';

export { listCooperations, getCooperationBySlug, getCooperationById, hasCooperations } from './queries/cooperations';
export { defaultMembershipDate } from './queries/default-membership-date';
export { membersOn } from './queries/members-on';
export { membershipsOfAuthorities } from './queries/memberships-of-authorities';
export { membershipsOfCooperation, type MembershipRecord } from './queries/memberships-of-cooperation';
export { isMemberAtStart } from './queries/is-member-at-start';
export type { CooperationView, MemberView, AuthorityMembershipView, Place } from './queries/views';

export { cooperationsApi } from './cooperations.routes';
