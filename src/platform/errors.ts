/**
 * Errors the application expects. Each maps to one HTTP status and, in the CLI, to one clear line.
 * Anything else is a bug and is logged with its stack.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = 'The input is not valid.',
    status: 400 | 422 = 422,
  ) {
    super(message, status, 'validation_failed');
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(message, 404, 'not_found');
  }
}

/** Refused for lack of permission. Where existence itself is sensitive, throw NotFoundError instead. */
export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this.') {
    super(message, 403, 'forbidden');
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super(message, 401, 'unauthenticated');
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409, 'conflict');
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429, 'too_many_requests');
  }
}

/** A fault in the environment the operator can fix (bad DATABASE_URL, port in use …). */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Field errors from a zod error, keyed by the dotted path of each field. */
export function fieldErrorsFromZod(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
