import {
  ANONYMOUS,
  VERIFIED_VIEWERS_KEPT,
  VIEWER_HEADER,
  VIEWER_SIGNATURE_HEADER,
  createViewerReader,
  isMemberOf,
  isStaff,
  readViewer,
  signViewer,
  viewerScopes,
  type Viewer,
} from '../src/index.js';

const SECRET = 'viewer-test-secret-0123456789abcdef';
const member: Viewer = { sub: 'u1', role: 'member', organizationIds: ['org-a', 'org-b'] };

test('a signed viewer round-trips', () => {
  expect(readViewer(signViewer(member, SECRET), SECRET)).toEqual(member);
});

test('a repeated header is ambiguous and ignored', () => {
  const headers = signViewer(member, SECRET);
  expect(readViewer({ ...headers, [VIEWER_HEADER]: [headers[VIEWER_HEADER]!, 'x'] }, SECRET)).toBe(ANONYMOUS);
});

test('a signed-in role without a subject is not a valid viewer', () => {
  const headers = signViewer({ sub: null, role: 'staff', organizationIds: [] }, SECRET);
  expect(readViewer(headers, SECRET)).toBe(ANONYMOUS);
});

test('extra payload fields are refused (the shape is exact)', () => {
  const value = Buffer.from(
    // eslint-disable-next-line no-restricted-syntax -- the wall clock: readViewer checks exp against it
    JSON.stringify({ viewer: { ...member, admin: true }, exp: Math.floor(Date.now() / 1000) + 60 }),
  ).toString('base64url');
  const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  const signature = createHmac('sha256', SECRET).update(value).digest('hex');
  expect(readViewer({ [VIEWER_HEADER]: value, [VIEWER_SIGNATURE_HEADER]: signature }, SECRET)).toBe(
    ANONYMOUS,
  );
});

test('ANONYMOUS cannot be given an organization by accident', () => {
  expect(() => ANONYMOUS.organizationIds.push('org-a')).toThrow(TypeError);
});

test('role helpers', () => {
  expect(isStaff(member)).toBe(false);
  expect(isStaff({ ...member, role: 'staff' })).toBe(true);
  expect(isMemberOf(member, 'org-b')).toBe(true);
  expect(isMemberOf(member, 'org-c')).toBe(false);
  expect(isMemberOf({ ...ANONYMOUS, organizationIds: ['org-a'] }, 'org-a')).toBe(false);
  expect(viewerScopes(member)).toEqual(['member']);
  expect(viewerScopes(ANONYMOUS)).toEqual([]);
});

describe('a viewer reader remembers the header pairs it verified', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the same frozen viewer for the same pair', () => {
    const read = createViewerReader(SECRET);
    const headers = signViewer(member, SECRET);
    const first = read(headers);
    expect(first).toEqual(member);
    expect(read({ ...headers })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.organizationIds)).toBe(true);
  });

  it('still refuses a forged signature, another secret and a repeated header once a pair is known', () => {
    const read = createViewerReader(SECRET);
    const headers = signViewer(member, SECRET);
    read(headers);
    const forged = `${headers[VIEWER_SIGNATURE_HEADER]!.slice(0, -1)}${headers[VIEWER_SIGNATURE_HEADER]!.endsWith('0') ? '1' : '0'}`;
    expect(read({ ...headers, [VIEWER_SIGNATURE_HEADER]: forged })).toBe(ANONYMOUS);
    expect(read({ [VIEWER_HEADER]: headers[VIEWER_HEADER] })).toBe(ANONYMOUS);
    expect(read({ ...headers, [VIEWER_HEADER]: [headers[VIEWER_HEADER]!, 'x'] })).toBe(ANONYMOUS);
    expect(createViewerReader('another-secret-0123456789abcdef')(headers)).toBe(ANONYMOUS);
  });

  it('stops trusting a remembered pair when it expires', () => {
    jest.useFakeTimers({ now: new Date('2026-04-01T09:00:00Z') });
    const read = createViewerReader(SECRET);
    const headers = signViewer(member, SECRET, 60);
    expect(read(headers)).toEqual(member);
    jest.setSystemTime(new Date('2026-04-01T09:01:00Z'));
    expect(read(headers)).toBe(ANONYMOUS);
    expect(read(headers)).toBe(ANONYMOUS);
  });

  it('keeps verifying correctly past its capacity', () => {
    const read = createViewerReader(SECRET);
    const viewers = Array.from({ length: VERIFIED_VIEWERS_KEPT + 2 }, (_, i): Viewer => ({
      sub: `u${i}`,
      role: 'resident',
      organizationIds: [],
    }));
    const signed = viewers.map((viewer) => signViewer(viewer, SECRET));
    for (const [i, headers] of signed.entries()) expect(read(headers)).toEqual(viewers[i]);
    expect(read(signed[0]!)).toEqual(viewers[0]);
    expect(read(signed.at(-1)!)).toEqual(viewers.at(-1));
  });
});
