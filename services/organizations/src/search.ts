import { badUserInput, toKatakana } from '@kyodo/service-kit';

const MAX_SEARCH_LENGTH = 100;

/** Full-width letters and digits and half-width kana to their usual forms, as names and readings are stored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim();
}

// User input becomes a regular expression only after every metacharacter is escaped.
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The filter for a name search: the text anywhere in the name or in its reading (a prefix is a substring at 0).
 * Returns null for an empty search; an over-long one is BAD_USER_INPUT.
 */
export function nameSearchFilter(search: string | null | undefined, argumentName: string) {
  if (search === null || search === undefined) return null;
  const text = normalizeText(search);
  if (text.length === 0) return null;
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`Argument "${argumentName}" is longer than ${MAX_SEARCH_LENGTH} characters`, {
      argumentName,
    });
  }
  return {
    $or: [
      { name: { $regex: escapeRegExp(text), $options: 'i' } },
      { nameKana: { $regex: escapeRegExp(toKatakana(text)), $options: 'i' } },
    ],
  };
}
