import { AppError } from '../../platform/errors';

/** One answer for an unknown address and a wrong password, so the form does not tell which accounts exist. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('The e-mail address or the password is wrong.', 401, 'invalid_credentials');
  }
}

/** Only given after the right password, so it tells nothing to someone guessing. */
export class AccountDisabledError extends AppError {
  constructor() {
    super('This account has been disabled. Ask an administrator if you need access.', 403, 'account_disabled');
  }
}
