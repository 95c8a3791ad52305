import {
  ANONYMOUS,
  VIEWER_HEADER,
  VIEWER_SIGNATURE_HEADER,
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
