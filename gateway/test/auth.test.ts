import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { ANONYMOUS } from '@kyodo/service-kit';
import { type Authenticator, createAuthenticator } from '../src/auth.js';
import { issueLocalToken } from '../src/localToken.js';

const SECRET = 'auth-test-secret-with-at-least-32-chars';

async function rejection(authenticator: Authenticator, header: string) {
  try {
    await authenticator.authenticate(header);
  } catch (error) {
    return error as { message: string; extensions: { code: string; http: { status: number } } };
  }
  throw new Error('expected the token to be refused');
}

describe('HS256 tokens (local use)', () => {
  const auth = createAuthenticator({ jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null });
  const sign = (claims: Record<string, unknown>, expiresIn: string | number = '10m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(expiresIn)
      .sign(new TextEncoder().encode(SECRET));

  it('treats a request without a token as anonymous', async () => {
    expect(await auth.authenticate(undefined)).toBe(ANONYMOUS);
    expect(await auth.authenticate('')).toBe(ANONYMOUS);
  });

  it('turns the claims into a viewer', async () => {
    const token = await issueLocalToken(
      { sub: 'aiko', role: 'member', organizationIds: ['64b000000000000000000001'] },
      SECRET,
      {
        ttlSeconds: 60,
      },
    );
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
      sub: 'aiko',
      role: 'member',
      organizationIds: ['64b000000000000000000001'],
    });
    expect(await auth.authenticate(`bearer ${token}`)).toMatchObject({ role: 'member' });
  });

  it('defaults organizationIds to none', async () => {
    expect(await auth.authenticate(`Bearer ${await sign({ sub: 'r', role: 'resident' })}`)).toEqual({
      sub: 'r',
      role: 'resident',
      organizationIds: [],
    });
  });

  it.each([
    [
      'an unknown role',
      { sub: 'x', role: 'admin' },
      "The token's role claim must be resident, member or staff",
    ],
    [
      'organizationIds that are not a list',
      { sub: 'x', role: 'member', organizationIds: 'abc' },
      "The token's organizationIds claim must be a list of ids",
    ],
    ['no subject', { role: 'staff' }, 'The token\'s sub claim is invalid: missing required "sub" claim'],
  ])('refuses %s with 401', async (_name, claims, message) => {
    const error = await rejection(auth, `Bearer ${await sign(claims)}`);
    expect(error.message).toBe(message);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ sub: 'x', role: 'staff' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(SECRET));
    expect((await rejection(auth, `Bearer ${token}`)).message).toBe(
      'The token\'s exp claim is invalid: missing required "exp" claim',
    );
  });

  it('refuses expired, forged, malformed and unsigned tokens', async () => {
    // eslint-disable-next-line no-restricted-syntax -- the wall clock: jose checks exp against it
    const expired = await sign({ sub: 'x', role: 'staff' }, Math.floor(Date.now() / 1000) - 10);
    expect((await rejection(auth, `Bearer ${expired}`)).message).toBe('The token has expired');
    const [header, , signature] = (await sign({ sub: 'x', role: 'resident' })).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', role: 'staff', exp: 9999999999 })).toString(
      'base64url',
    );
    expect((await rejection(auth, `Bearer ${header}.${forgedPayload}.${signature}`)).message).toBe(
      "The token's signature is invalid",
    );
    expect((await rejection(auth, 'Bearer abc.def')).message).toMatch(/^The token is malformed/);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${forgedPayload}.`;
    expect((await rejection(auth, `Bearer ${none}`)).message).toBe(
      "The token's algorithm none is not accepted; expected HS256",
    );
    expect((await rejection(auth, 'Token abc')).message).toBe(
      'The Authorization header must be "Bearer <token>"',
    );
  });

  it('checks issuer and audience when configured', async () => {
    const strict = createAuthenticator({
      jwtSecret: SECRET,
      jwksUrl: null,
      issuer: 'kyodo',
      audience: 'kyodo-api',
    });
    const good = await issueLocalToken({ sub: 's', role: 'staff', organizationIds: [] }, SECRET, {
      ttlSeconds: 60,
      issuer: 'kyodo',
      audience: 'kyodo-api',
    });
    expect(await strict.authenticate(`Bearer ${good}`)).toMatchObject({ role: 'staff' });
    const other = await issueLocalToken({ sub: 's', role: 'staff', organizationIds: [] }, SECRET, {
      ttlSeconds: 60,
      issuer: 'elsewhere',
      audience: 'kyodo-api',
    });
    expect((await rejection(strict, `Bearer ${other}`)).message).toBe(
      'The token\'s iss claim is invalid: unexpected "iss" claim value',
    );
  });
});

describe('RS256 tokens through a JWKS (production)', () => {
  let server: Server;
  let privateKey: KeyLike;
  let auth: Authenticator;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    auth = createAuthenticator({
      jwtSecret: null,
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      issuer: null,
      audience: null,
    });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const rs256 = (key: KeyLike, kid: string) =>
    new SignJWT({ sub: 'staff-1', role: 'staff', organizationIds: [] })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setExpirationTime('5m')
      .sign(key);

  it('verifies a token signed by the identity provider', async () => {
    expect(await auth.authenticate(`Bearer ${await rs256(privateKey, 'key-1')}`)).toEqual({
      sub: 'staff-1',
      role: 'staff',
      organizationIds: [],
    });
  });

  it('refuses a token signed with a key the set does not hold', async () => {
    const stranger = await generateKeyPair('RS256');
    const error = await rejection(auth, `Bearer ${await rs256(stranger.privateKey, 'key-2')}`);
    expect(error.message).toBe('The token was signed with an unknown key');
  });

  it('refuses an HS256 token when only a JWKS is trusted', async () => {
    const token = await issueLocalToken({ sub: 'x', role: 'staff', organizationIds: [] }, SECRET, {
      ttlSeconds: 60,
    });
    expect((await rejection(auth, `Bearer ${token}`)).message).toBe(
      "The token's algorithm HS256 is not accepted; expected RS256",
    );
  });
});
