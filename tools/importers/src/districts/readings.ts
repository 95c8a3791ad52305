/**
 * Readings of the 19 area names in Yaizu's 自治会 list, so district names can be romanized and given kana
 * deterministically (no morphological analyser needed for a fixed list). Names follow the city's own readings,
 * e.g. 小川 is こがわ in Yaizu.
 */
const AREA_READINGS: Record<string, { romaji: string; kana: string }> = {
  焼津: { romaji: 'Yaizu', kana: 'ヤイヅ' },
  豊田: { romaji: 'Toyoda', kana: 'トヨダ' },
  東益津: { romaji: 'Higashimashizu', kana: 'ヒガシマシヅ' },
  和田: { romaji: 'Wada', kana: 'ワダ' },
  小川: { romaji: 'Kogawa', kana: 'コガワ' },
  大富: { romaji: 'Otomi', kana: 'オオトミ' },
  港: { romaji: 'Minato', kana: 'ミナト' },
  大井川東: { romaji: 'Oigawa-higashi', kana: 'オオイガワヒガシ' },
  高新田: { romaji: 'Takashinden', kana: 'タカシンデン' },
  飯淵: { romaji: 'Iibuchi', kana: 'イイブチ' },
  利右衛門: { romaji: 'Riemon', kana: 'リエモン' },
  吉永: { romaji: 'Yoshinaga', kana: 'ヨシナガ' },
  西島: { romaji: 'Nishijima', kana: 'ニシジマ' },
  上新田: { romaji: 'Kamishinden', kana: 'カミシンデン' },
  中島: { romaji: 'Nakajima', kana: 'ナカジマ' },
  下江留: { romaji: 'Shimoedome', kana: 'シモエドメ' },
  つつじ平: { romaji: 'Tsutsujidaira', kana: 'ツツジダイラ' },
  上泉: { romaji: 'Kamiizumi', kana: 'カミイズミ' },
  相川: { romaji: 'Aikawa', kana: 'アイカワ' },
};

export interface AssociationReading {
  /** "Yaizu 6", "Takashinden"; the Japanese name itself when the area is not in the table. */
  name: string;
  /** "ヤイヅダイ6ジチカイ"; null when the area is not in the table. */
  kana: string | null;
}

/** Splits "焼津第6自治会" into area 焼津 and number 6 and reads both. */
export function readAssociationName(associationNameJa: string): AssociationReading {
  const match = /^(.+?)(?:第(\d+))?自治会$/.exec(associationNameJa.normalize('NFKC'));
  const area = match?.[1];
  const reading = area === undefined ? undefined : AREA_READINGS[area];
  if (match === null || reading === undefined) return { name: associationNameJa, kana: null };
  const number = match[2];
  return number === undefined
    ? { name: reading.romaji, kana: `${reading.kana}ジチカイ` }
    : { name: `${reading.romaji} ${number}`, kana: `${reading.kana}ダイ${number}ジチカイ` };
}
