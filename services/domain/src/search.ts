/**
 * How names and readings are compared in a search, one rule for every service: full-width letters and digits and
 * half-width kana in their usual forms (NFKC), hiragana as katakana, and letters in lower case.
 */

/** Full-width letters and digits and half-width kana to their usual forms, as names and readings are stored. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Hiragana to katakana (ぁ..ゖ → ァ..ヶ), so a reading typed in either is the same. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

/**
 * The form a name or reading is stored in for search, and a search text is compared in: normalised, hiragana as
 * katakana, lower case. Substring containment of keys is "the search text appears in the name".
 */
export function searchKey(text: string): string {
  return toKatakana(normalizeText(text)).toLowerCase();
}

/** `text` as a regular expression that matches it literally: every metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The distinct search keys of a record's names and readings (a facility's 名称, English name and 名称_カナ). */
export function searchKeys(...texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.filter((text): text is string => !!text).map(searchKey))].filter(
    (key) => key.length > 0,
  );
}
