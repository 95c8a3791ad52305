import mongoose from 'mongoose';
import { MAX_CURSOR_LENGTH, deriveCursorKey, openCursor, sealCursor, setCursorKey } from '../src/cursor.js';

const LIST = 'KitTestBook:rank-,_id+';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown }; message: string }).extensions?.code;
  }
  return 'no error';
}

it('round-trips the sort values of a row, typed (dates, ids, null, numbers, text)', () => {
  const id = new mongoose.Types.ObjectId();
  const when = new Date('2025-04-01T00:00:00Z');
  const values = openCursor(sealCursor(LIST, [when, id, null, 3.5, 'ア']), LIST, 5);
  expect(values[0]).toEqual(when);
  expect((values[1] as mongoose.Types.ObjectId).equals(id)).toBe(true);
  expect(values.slice(2)).toEqual([null, 3.5, 'ア']);
});

it('refuses a cursor of another list, of another length, edited, unsigned or oversized', () => {
  const cursor = sealCursor(LIST, [1, new mongoose.Types.ObjectId()]);
  const [payload, mac] = cursor.split('.') as [string, string];
  const edited = Buffer.from(JSON.stringify([LIST, { $regularExpression: { pattern: '^(.*){8}!$' } }, null]));
  const cases = [
    () => openCursor(cursor, 'KitTestBook:title+,_id+', 2),
    () => openCursor(cursor, LIST, 3),
    () => openCursor(`${edited.toString('base64url')}.${mac}`, LIST, 2),
    () => openCursor(payload, LIST, 2),
    () => openCursor(`${payload}.`, LIST, 2),
    () => openCursor('x'.repeat(MAX_CURSOR_LENGTH + 1), LIST, 2),
    () => openCursor(Buffer.from('[{"$oid":"0123456789abcdef01234567"}]').toString('base64url'), LIST, 1),
  ];
  for (const run of cases) expect(codeOf(run)).toBe('BAD_USER_INPUT');
});

it('refuses cursors sealed under another key (another deployment, or a rotated KYODO_CURSOR_SECRET)', () => {
  const cursor = sealCursor(LIST, [1, new mongoose.Types.ObjectId()]);
  setCursorKey(deriveCursorKey('another-internal-secret-0123456789'));
  try {
    expect(codeOf(() => openCursor(cursor, LIST, 2))).toBe('BAD_USER_INPUT');
  } finally {
    setCursorKey(deriveCursorKey('kyodo-local-development-secret-do-not-use-in-production'));
  }
});
