/**
 * An ordered index entry's whole key as one string whose code-unit order is the index's order: compareSortKeys per
 * field, each field's direction, then the natural-order sequence (the same idea as MongoDB's KeyString). The B+
 * tree compares two stored entries with one string comparison instead of walking both key arrays field by field;
 * on a large collection those walks are cache misses (entry, key array, its elements, each SortKey and its value),
 * and an insert makes a few dozen comparisons per index, so they were most of a bulk load's cost.
 *
 * The string is one byte per code unit (Latin-1, so V8 keeps it compact). Per field: the type bracket (rank) as
 * one byte, then the value: a number as the 8 bytes of its double made order-preserving (sign bit flipped, all
 * bits for negatives), an ObjectId as its 12 bytes, any other string with each UTF-16 code unit below 254 as one
 * byte (unit + 1), any other as 255 and its two bytes, and a 0 byte to end it (lower than every unit, so a prefix
 * sorts first). A descending field has
 * every byte complemented. Each field's bytes are prefix-free, so comparing the concatenation compares field by
 * field. Hand-written: no library builds order-preserving keys for these SortKeys.
 */
import { Rank, type SortKey } from './keyOrder.js';

const doubleBytes = new DataView(new ArrayBuffer(8));

/** Appends a number's 8 order-preserving bytes; false for NaN (compareSortKeys gives it no consistent order). */
function pushNumber(codes: number[], value: number): boolean {
  if (Number.isNaN(value)) return false;
  doubleBytes.setFloat64(0, value === 0 ? 0 : value); // -0 and 0 are the same key
  const negative = (doubleBytes.getUint8(0) & 0x80) !== 0;
  for (let i = 0; i < 8; i++) {
    const byte = doubleBytes.getUint8(i);
    codes.push(negative ? byte ^ 0xff : i === 0 ? byte ^ 0x80 : byte);
  }
  return true;
}

function pushString(codes: number[], value: string): void {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 254) codes.push(unit + 1);
    else codes.push(255, unit >> 8, unit & 0xff);
  }
  codes.push(0);
}

/** The value of one lowercase hex digit, -1 for anything else. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * An ObjectId key (its 24 lowercase hex digits, objectIdHex) as its 12 bytes: the same order in half the bytes, and
 * fixed width needs no end byte. False if it is not such a string (the entry then has no flat key).
 */
function pushObjectId(codes: number[], hex: string): boolean {
  if (hex.length !== 24) return false;
  for (let i = 0; i < 24; i += 2) {
    const high = hexDigit(hex.charCodeAt(i));
    const low = hexDigit(hex.charCodeAt(i + 1));
    if (high < 0 || low < 0) return false;
    codes.push((high << 4) | low);
  }
  return true;
}

/** The sequence as 7 bytes big-endian (sequences stay below 2^53). */
function pushSequence(codes: number[], seq: number): void {
  const high = Math.floor(seq / 2 ** 32);
  const low = seq >>> 0;
  codes.push((high >>> 16) & 0xff, (high >>> 8) & 0xff, high & 0xff);
  codes.push(low >>> 24, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff);
}

const CHUNK = 8192;

function toLatin1(codes: number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/**
 * The flat key of an entry with these keys (one per field), field directions and sequence; undefined when a key
 * has no consistent order as a flat key (NaN, or a bound's BOTTOM/TOP): such entries compare field by field.
 */
export function flatKeyOf(
  keys: readonly SortKey[],
  directions: readonly number[],
  seq: number,
): string | undefined {
  const codes: number[] = [];
  for (let field = 0; field < keys.length; field++) {
    const key = keys[field] as SortKey;
    const start = codes.length;
    if (key.r < 0 || key.r > 255) return undefined; // MinKey / MaxKey bounds, below and above every bracket
    codes.push(key.r);
    if (typeof key.v === 'number') {
      if (!pushNumber(codes, key.v)) return undefined;
    } else if (typeof key.v !== 'string') return undefined;
    else if (key.r === Rank.ObjectId) {
      if (!pushObjectId(codes, key.v)) return undefined;
    } else pushString(codes, key.v);
    if (directions[field] === -1)
      for (let i = start; i < codes.length; i++) codes[i] = 255 - (codes[i] as number);
  }
  pushSequence(codes, seq);
  return toLatin1(codes);
}
