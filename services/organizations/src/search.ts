import { escapeRegExp, toKatakana } from '@kyodo/domain';
import { searchText } from '@kyodo/service-kit';

/**
 * The filter for a name search: the text anywhere in the name or in its reading (a prefix is a substring at 0).
 * Names are stored normalised (NFKC), so the normalised text is compared as it is. Returns null for an empty
 * search; an over-long one is BAD_USER_INPUT.
 */
export function nameSearchFilter(search: string | null | undefined, argumentName: string) {
  const text = searchText(search, argumentName);
  if (text === null) return null;
  return {
    $or: [
      { name: { $regex: escapeRegExp(text), $options: 'i' } },
      { nameKana: { $regex: escapeRegExp(toKatakana(text)), $options: 'i' } },
    ],
  };
}
