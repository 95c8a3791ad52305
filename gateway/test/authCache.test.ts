import * as jose from 'jose';
import { createAuthenticator } from '../src/auth.js';
import { issueLocalToken } from '../src/localToken.js';

// A counting jwtVerify: what the authenticator remembers, it does not verify again.
jest.mock('jose', () => {
  const actual = jest.requireActual<typeof import('jose')>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});

const SECRET = 'auth-cache-test-secret-with-32-characters';
const verifications = () => (jose.jwtVerify as jest.Mock).mock.calls.length;

describe('tokens verified lately', () => {
  afterEach(() => jest.useRealTimers());

  it('are verified once, and the same frozen viewer serves the next requests', async () => {
    const auth = createAuthenticator({ jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null });
    const token = await issueLocalToken({ sub: 'aiko', role: 'staff', organizationIds: ['o1'] }, SECRET, {
      ttlSeconds: 600,
    });
    const before = verifications();
    const first = await auth.authenticate(`Bearer ${token}`);
    const second = await auth.authenticate(`bearer ${token}`);
    expect(verifications() - before).toBe(1);
    expect(second).toBe(first);
    expect(first).toEqual({ sub: 'aiko', role: 'staff', organizationIds: ['o1'] });
    expect(Object.isFrozen(first) && Object.isFrozen(first.organizationIds)).toBe(true);
  });

  it('are refused once their exp passes, with the error a fresh verification gives', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-02T00:00:00Z') });
    const auth = createAuthenticator({ jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null });
    const token = await issueLocalToken({ sub: 's', role: 'staff', organizationIds: [] }, SECRET, {
      ttlSeconds: 30,
    });
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({ sub: 's' });
    jest.setSystemTime(new Date('2026-12-02T00:00:31Z'));
    await expect(auth.authenticate(`Bearer ${token}`)).rejects.toMatchObject({
      message: 'The token has expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('are verified afresh after a minute, and a refused token is never remembered', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-02T00:00:00Z') });
    const auth = createAuthenticator({ jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null });
    const token = await issueLocalToken({ sub: 's', role: 'staff', organizationIds: [] }, SECRET, {
      ttlSeconds: 3600,
    });
    const before = verifications();
    await auth.authenticate(`Bearer ${token}`);
    jest.advanceTimersByTime(61_000);
    await auth.authenticate(`Bearer ${token}`);
    expect(verifications() - before).toBe(2);

    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    const forgedBefore = verifications();
    for (let i = 0; i < 2; i += 1)
      await expect(auth.authenticate(`Bearer ${forged}`)).rejects.toMatchObject({
        message: "The token's signature is invalid",
      });
    expect(verifications() - forgedBefore).toBe(2);
  });
});
