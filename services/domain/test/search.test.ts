import { escapeRegExp, normalizeText, searchKey, searchKeys, toKatakana } from '../src/index.js';

describe('search normalisation', () => {
  it('folds width (NFKC) and trims', () => {
    expect(normalizeText('  第１分団 ')).toBe('第1分団');
    expect(normalizeText('ﾐﾅﾄ')).toBe('ミナト');
    expect(normalizeText('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('turns hiragana into katakana and leaves everything else', () => {
    expect(toKatakana('みなとちいきゔ')).toBe('ミナトチイキヴ');
    expect(toKatakana('港ー・A')).toBe('港ー・A');
  });

  it('gives one key for every way of typing the same name', () => {
    const key = searchKey('ミナト Hall');
    for (const typed of ['みなと hall', 'ﾐﾅﾄ HALL', 'ミナト　Ｈａｌｌ']) expect(searchKey(typed)).toBe(key);
  });

  it('keeps the distinct non-empty keys of a record', () => {
    expect(searchKeys('港地域交流センター', '港地域交流センター', 'ミナトチイキ', null, ' ')).toEqual([
      '港地域交流センター',
      'ミナトチイキ',
    ]);
  });

  it('escapes every regular expression metacharacter', () => {
    const text = 'a.b*c+(d)?[e]{f}|g^h$i\\j';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('.*')).test('abc')).toBe(false);
  });
});
