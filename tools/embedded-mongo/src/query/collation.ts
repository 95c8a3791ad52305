/**
 * MongoDB collations on top of Intl.Collator (ICU, as in MongoDB). Validates a collation document
 * the way MongoDB does, refuses loudly the options Intl cannot honour (strength 4 and 5, backwards, maxVariable
 * 'space'), and provides a string comparator (for filters and sorts) and an equality key (for unique indexes).
 */
import { MongoCommandError } from '../commands/errors.js';
import { isPlainObject } from '../storage/values.js';

export interface Collation {
  locale: string;
  caseLevel: boolean;
  caseFirst: 'upper' | 'lower' | 'off';
  strength: number;
  numericOrdering: boolean;
  alternate: 'non-ignorable' | 'shifted';
  maxVariable: 'punct' | 'space';
  normalization: boolean;
  backwards: boolean;
}

const DEFAULTS: Omit<Collation, 'locale'> = {
  caseLevel: false,
  caseFirst: 'off',
  strength: 3,
  numericOrdering: false,
  alternate: 'non-ignorable',
  maxVariable: 'punct',
  normalization: false,
  backwards: false,
};

function bad(message: string): never {
  throw new MongoCommandError('BadValue', message);
}

function unsupported(option: string): never {
  throw new MongoCommandError(
    'NotImplemented',
    `collation option ${option} is not supported by the embedded engine (Intl.Collator cannot honour it)`,
  );
}

/**
 * The collation a command asks for, with MongoDB's defaults filled in; null for `{ locale: 'simple' }` (binary
 * comparison) or no collation.
 */
export function parseCollation(raw: unknown): Collation | null {
  if (raw === undefined || raw === null) return null;
  if (!isPlainObject(raw)) bad("BSON field 'collation' is the wrong type, expected type 'object'");
  const spec = { ...DEFAULTS } as Collation;
  for (const [field, value] of Object.entries(raw)) {
    switch (field) {
      case 'locale':
        if (typeof value !== 'string') bad("Field 'locale' must be of type string");
        spec.locale = value;
        break;
      case 'caseLevel':
      case 'numericOrdering':
      case 'normalization':
      case 'backwards':
        if (typeof value !== 'boolean') bad(`Field '${field}' must be of type bool`);
        spec[field] = value;
        break;
      case 'strength':
        if (typeof value !== 'number' || ![1, 2, 3, 4, 5].includes(value)) {
          bad(`Field 'strength' must be an integer 1 through 5. Got: ${String(value)}`);
        }
        spec.strength = value;
        break;
      case 'caseFirst':
        if (value !== 'upper' && value !== 'lower' && value !== 'off') {
          bad(`Field 'caseFirst' must be 'upper', 'lower', or 'off'. Got: ${String(value)}`);
        }
        spec.caseFirst = value;
        break;
      case 'alternate':
        if (value !== 'non-ignorable' && value !== 'shifted') {
          bad(`Field 'alternate' must be 'non-ignorable' or 'shifted'. Got: ${String(value)}`);
        }
        spec.alternate = value;
        break;
      case 'maxVariable':
        if (value !== 'punct' && value !== 'space') {
          bad(`Field 'maxVariable' must be 'punct' or 'space'. Got: ${String(value)}`);
        }
        spec.maxVariable = value;
        break;
      case 'version':
        break;
      default:
        bad(`BSON field 'collation.${field}' is an unknown field.`);
    }
  }
  if (spec.locale === undefined) bad("BSON field 'collation.locale' is missing but a required field");
  if (spec.locale === 'simple') {
    if (Object.keys(raw).length > 1) bad("If 'locale' is set to 'simple', no other fields may be set");
    return null;
  }
  if (!intlLocale(spec.locale)) bad(`Field 'locale' is invalid in: { locale: "${spec.locale}" }`);
  if (spec.strength > 3) unsupported(`strength ${spec.strength}`);
  if (spec.backwards) unsupported('backwards: true');
  if (spec.alternate === 'shifted' && spec.maxVariable === 'space') unsupported("maxVariable: 'space'");
  return spec;
}

/** The collation as listIndexes and listCollections show it (every field, as MongoDB fills them in). */
export function collationDocument(spec: Collation): Record<string, unknown> {
  return { ...spec, version: '57.1' };
}

/** ICU collation variants MongoDB accepts after '@collation=', by their BCP 47 '-u-co-' names. */
const VARIANTS: Record<string, string> = {
  phonebook: 'phonebk',
  traditional: 'trad',
  dictionary: 'dict',
  pinyin: 'pinyin',
  stroke: 'stroke',
  zhuyin: 'zhuyin',
  unihan: 'unihan',
  compat: 'compat',
  search: 'search',
  standard: 'standard',
  big5han: 'big5han',
  gb2312han: 'gb2312',
  eor: 'eor',
};

/**
 * MongoDB names locales the ICU way ('en_US', 'de@collation=phonebook'); Intl wants BCP 47 ('en-US',
 * 'de-u-co-phonebk'). Returns the Intl locale, or null when Intl does not know it.
 */
function intlLocale(locale: string): string | null {
  const [base = '', variant] = locale.split('@collation=');
  const type = variant === undefined ? undefined : VARIANTS[variant];
  if (variant !== undefined && !type) return null;
  const tag = base.replace(/_/g, '-') + (type ? `-u-co-${type}` : '');
  try {
    return Intl.Collator.supportedLocalesOf([tag]).length > 0 ? tag : null;
  } catch {
    return null; // not a well-formed tag
  }
}

/** The collation with its locale in Intl's form, for mingo (whose $sort builds its own Intl.Collator). */
export function intlCollation(spec: Collation): Collation {
  return { ...spec, locale: intlLocale(spec.locale) ?? spec.locale };
}

const collators = new Map<string, Intl.Collator>();

export function collatorFor(spec: Collation): Intl.Collator {
  const key = JSON.stringify(spec);
  let collator = collators.get(key);
  if (!collator) {
    // MongoDB's strengths: 1 base letters, 2 + accents, 3 + case; caseLevel adds case to 1 and 2.
    const sensitivity =
      spec.strength === 1
        ? spec.caseLevel
          ? 'case'
          : 'base'
        : spec.strength === 2
          ? spec.caseLevel
            ? 'variant'
            : 'accent'
          : 'variant';
    collator = new Intl.Collator(intlLocale(spec.locale) ?? spec.locale, {
      usage: 'sort',
      sensitivity,
      caseFirst: spec.caseFirst === 'off' ? 'false' : spec.caseFirst,
      numeric: spec.numericOrdering,
      ignorePunctuation: spec.alternate === 'shifted',
    });
    collators.set(key, collator);
  }
  return collator;
}

/** Katakana to hiragana: ICU's Japanese collation tells them apart only beyond strength 3. */
function foldKana(value: string): string {
  return value.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

/**
 * A string that is the same for two strings the collation calls equal, for unique index keys (Intl has no sort
 * keys). It folds what each strength ignores: case (below 3, unless caseLevel), accents (at 1), width and kana
 * type; strings it folds together are then compared with the collator itself by the caller when it matters.
 */
export function collationKey(spec: Collation, value: string): string {
  let key = value.normalize('NFKD');
  if (spec.strength === 1) key = key.replace(/\p{M}/gu, '');
  if (spec.strength < 3 && !spec.caseLevel) key = key.toLocaleLowerCase(intlLocale(spec.locale) ?? undefined);
  if (spec.strength < 3 || spec.locale.startsWith('ja')) key = foldKana(key);
  if (spec.alternate === 'shifted') key = key.replace(/[\p{P}\p{Z}]/gu, '');
  return key.normalize('NFC');
}

/** The collation mingo hands an operator in its options (the engine passes the command's), if any. */
export function collationOfOptions(options: unknown): Collation | undefined {
  const collation = (options as { collation?: Collation } | undefined)?.collation;
  return collation && typeof collation.locale === 'string' ? collation : undefined;
}

/** Whether two effective collations compare strings alike (null is binary); an index serves strings only then. */
export function sameCollation(a: Collation | null, b: Collation | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(collationDocument(a)) === JSON.stringify(collationDocument(b));
}
