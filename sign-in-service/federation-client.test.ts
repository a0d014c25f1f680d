// SuperID's checks of a company provider's answer, against a stand-in provider over real HTTP whose token endpoint
// answers whatever id_token a case needs: only a token signed by the provider's key, for SuperID, for this request,
// in time and naming a verified email is believed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFederationClient, FederationError, type FederationClient } from './federation-client.ts';

const clientId = 'superid';
const clientSecret = 'a-secret-of-sixteen-plus';
const redirectUri = 'http://localhost:4000/federation/callback';

let server: Server;
let issuer: string;
let providerKey: CryptoKey;
let strangerKey: CryptoKey;
/** What the token endpoint answers next, and what it was sent. */
let answer: { status: number; body: Record<string, unknown> };
let received: { authorization?: string; form?: URLSearchParams };
let discoveredIssuer: () => string;

beforeAll(async () => {
  const provider = await generateKeyPair('RS256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((req, res) => {
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') {
      return send(200, {
        issuer: discoveredIssuer(),
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
      });
    }
    if (req.url === '/jwks') return send(200, { keys: [jwk] });
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received = { authorization: req.headers.authorization, form: new URLSearchParams(body) };
      send(answer.status, answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  discoveredIssuer = () => issuer;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (): FederationClient =>
  createFederationClient({ issuer, clientId, clientSecret, redirectUri });

async function idToken(claims: JWTPayload, { key = providerKey } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    iss: issuer,
    aud: clientId,
    sub: 'f98865bb',
    iat: now,
    exp: now + 300,
    email: 'frida@fjord.example',
    email_verified: true,
    amr: ['pwd', 'otp', 'mfa'],
    ...claims,
  };
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key);
}

describe('SuperID as the company provider’s relying party', () => {
  it('asks for a code with PKCE S256, state, nonce and the email as login_hint', async () => {
    const request = await client().authorizationRequest({
      loginHint: 'frida@fjord.example',
      locale: 'nb',
      forceLogin: true,
    });
    expect(request.url.origin + request.url.pathname).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(request.url.searchParams)).toMatchObject({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      state: request.state,
      nonce: request.nonce,
      code_challenge_method: 'S256',
      login_hint: 'frida@fjord.example',
      ui_locales: 'nb',
      prompt: 'login',
      max_age: '0',
    });
    expect(new Set([request.state, request.nonce, request.verifier]).size).toBe(3);
    expect(request.url.searchParams.has('code_verifier')).toBe(false);
  });

  it('redeems the code with its secret and verifier, and believes a good id_token', async () => {
    answer = { status: 200, body: { id_token: await idToken({ nonce: 'n-1' }), token_type: 'Bearer' } };
    const identity = await client().redeem('the-code', { nonce: 'n-1', verifier: 'v-1' });
    expect(identity).toEqual({ sub: 'f98865bb', email: 'frida@fjord.example', amr: ['pwd', 'otp', 'mfa'] });
    expect(received.authorization).toBe(
      `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    );
    expect(Object.fromEntries(received.form ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: redirectUri,
      code_verifier: 'v-1',
    });
  });

  it.each([
    ['signed by another key', () => idToken({ nonce: 'n-1' }, { key: strangerKey })],
    ['for another client', () => idToken({ nonce: 'n-1', aud: 'someone-else' })],
    ['from another issuer', () => idToken({ nonce: 'n-1', iss: 'https://evil.example' })],
    ['for another request', () => idToken({ nonce: 'n-2' })],
    ['without a nonce', () => idToken({})],
    ['expired', () => idToken({ nonce: 'n-1', exp: Math.floor(Date.now() / 1000) - 120 })],
    ['without an email', () => idToken({ nonce: 'n-1', email: undefined })],
    ['with an unverified email', () => idToken({ nonce: 'n-1', email_verified: false })],
    ['unsigned', async () => `${(await idToken({ nonce: 'n-1' })).split('.').slice(0, 2).join('.')}.`],
  ])('refuses an id_token %s', async (_, make) => {
    answer = { status: 200, body: { id_token: await make() } };
    await expect(client().redeem('the-code', { nonce: 'n-1', verifier: 'v' })).rejects.toMatchObject({
      name: 'FederationError',
      kind: 'invalid',
    });
  });

  it('refuses a token endpoint that says no', async () => {
    answer = { status: 400, body: { error: 'invalid_grant' } };
    const refused = client().redeem('spent', { nonce: 'n', verifier: 'v' });
    await expect(refused).rejects.toThrow(FederationError);
    await expect(refused).rejects.toThrow('invalid_grant');
  });

  it('trusts no discovery document that names another issuer, and says when the provider cannot be reached', async () => {
    discoveredIssuer = () => 'https://evil.example';
    try {
      await expect(
        client().authorizationRequest({ loginHint: 'a@b.c', locale: 'en', forceLogin: false }),
      ).rejects.toMatchObject({ kind: 'invalid' });
    } finally {
      discoveredIssuer = () => issuer;
    }
    const gone = createFederationClient({
      issuer: 'http://127.0.0.1:9',
      clientId,
      clientSecret,
      redirectUri,
    });
    await expect(
      gone.authorizationRequest({ loginHint: 'a@b.c', locale: 'en', forceLogin: false }),
    ).rejects.toMatchObject({ kind: 'unreachable' });
  });
});
