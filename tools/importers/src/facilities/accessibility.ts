export interface Accessibility {
  stepFree: boolean;
  elevator: boolean;
  accessibleToilet: boolean;
  /** The バリアフリー情報 items as written. */
  notes: string[];
}

const STEP_FREE =
  /段差(なし|無し|解消)|スロープ|車(いす|椅子)(で|対応|用)?.*(入口|出入口|通路|入館)|バリアフリー(入口|玄関)|ノンステップ/;
const ELEVATOR = /エレベーター|エレベータ|昇降機/;
const ACCESSIBLE_TOILET =
  /多目的トイレ|多機能トイレ|だれでもトイレ|誰でもトイレ|バリアフリートイレ|身障者.*トイレ|障(害|がい)者.*トイレ|車(いす|椅子).*トイレ|オストメイト/;

/**
 * バリアフリー情報 is a `;`-separated list of free-text items. Unknown items stay in the notes; an empty cell means
 * "not published" and gives null rather than "not accessible".
 */
export function parseAccessibility(text: string): Accessibility | null {
  const notes = text
    .split(/[;；]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (notes.length === 0) return null;
  const normalised = notes.map((item) => item.normalize('NFKC'));
  return {
    stepFree: normalised.some((item) => STEP_FREE.test(item)),
    elevator: normalised.some((item) => ELEVATOR.test(item)),
    accessibleToilet: normalised.some((item) => ACCESSIBLE_TOILET.test(item)),
    notes,
  };
}
