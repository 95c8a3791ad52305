import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'cp932';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a 公共施設一覧 file. Cities publish UTF-8 (with or without BOM) or Shift_JIS (cp932). A byte sequence
 * that is valid UTF-8 is read as UTF-8: cp932 text with any non-ASCII character is practically never valid UTF-8,
 * while statistical detectors misjudge short Japanese files. Anything else is cp932 (a superset of Shift_JIS).
 */
export function decodeCsvBuffer(buffer: Buffer): DecodedText {
  if (UTF8_BOM.every((byte, index) => buffer[index] === byte)) {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'cp932'), encoding: 'cp932' };
  }
}
