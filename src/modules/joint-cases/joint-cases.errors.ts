import { NotFoundError, ValidationError } from '../../platform/errors';

/**
 * The one answer to a council the actor may not record for, and to one that does not exist: a clerk
 * of another municipality learns nothing (not even that the joint case exists).
 */
export const councilNotFound = () => new NotFoundError('No such council on a joint case you may record for.');

/** The one answer to an unknown, expired or spent personal link: which of them it was stays unsaid. */
export const linkNotValid = () =>
  new NotFoundError('This recording link is not valid: it may have expired or already been used. Ask the secretariat for a new link.');

/**
 * Someone else submitted first: 409, with the field to send again (`expected_revision`) named, so a
 * form can show it beside the field and a client can reload and retry.
 */
export class RevisionConflictError extends ValidationError {
  constructor(current: number, sent: number | undefined) {
    super(
      { expected_revision: [`is ${sent ?? 'not the current one'}, but the record is at revision ${current}: someone submitted in between. Reload, check their changes, and submit again with expected_revision ${current}.`] },
      'The record was changed by someone else since you loaded it.',
    );
    // ValidationError carries field errors to the API's JSON; the status of a lost race is 409.
    Object.assign(this, { status: 409, code: 'conflict' });
  }
}
