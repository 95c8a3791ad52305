import { normalizeText } from '@kyodo/domain';
import { badUserInput } from './errors.js';

/** The longest search text a list accepts: longer is a paste accident or a probe, never a name. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * A search argument normalised as names are stored (@kyodo/domain's normalizeText): null when absent or blank,
 * BAD_USER_INPUT naming `argumentName` when longer than MAX_SEARCH_LENGTH.
 */
export function searchText(search: string | null | undefined, argumentName: string): string | null {
  if (search === null || search === undefined) return null;
  const text = normalizeText(search);
  if (text.length === 0) return null;
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`Argument "${argumentName}" is longer than ${MAX_SEARCH_LENGTH} characters`, {
      argumentName,
    });
  }
  return text;
}
