import { fieldErrorsFromZod, type FieldErrors } from '../../platform/errors';
import { addDocumentInput, type AddDocumentInput } from './archive.schemas';

/**
 * The field errors addDocument would give for this input, without running it: an upload form shows
 * them together with a refused file, so the reader fixes everything in one go.
 */
export function documentFieldErrors(input: AddDocumentInput): FieldErrors {
  const parsed = addDocumentInput.safeParse(input);
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error.issues);
}
