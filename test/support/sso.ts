import { createServer, type Server } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { TENANT } from './activities';

/** Claims a test puts in a Teams SSO token; anything left out gets a valid default. */
export interface TokenClaims {
  oid?: string;
  tid?: string;
  name?: string;
  aud?: string;
  iss?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

const KID = 'test-signing-key';

/**
 * A stand-in for the Microsoft identity platform: a JWKS endpoint on 127.0.0.1 serving a key pair
 * made for this run, and a minter of tokens signed with it (or, for forgeries, with another key).
 */
export class SsoFixture {
  readonly audience = 'api://lro-assist.test/00000000-0000-4000-8000-000000000001';
  readonly tenantId = TENANT;
  jwksUrl = '';
  private server?: Server;
  private signingKey?: CryptoKey;
  private otherKey?: CryptoKey;

  async start(): Promise<this> {
    const pair = await generateKeyPair('RS256', { extractable: true });
    this.signingKey = pair.privateKey;
    this.otherKey = (await generateKeyPair('RS256')).privateKey;
    const body = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] });
    this.server = createServer((req, res) => {
      // Separate calls: restify patches ServerResponse so that writeHead no longer returns it.
      if (req.url !== '/keys') {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.jwksUrl = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/keys`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A token as Teams would issue it for the tab, signed with the published key. */
  token(claims: TokenClaims = {}): Promise<string> {
    return this.sign(claims, this.signingKey!);
  }

  /** A token that looks right but is signed by a key the JWKS does not publish. */
  forged(claims: TokenClaims = {}): Promise<string> {
    return this.sign(claims, this.otherKey!);
  }

  private sign(claims: TokenClaims, key: CryptoKey): Promise<string> {
    const tid = claims.tid ?? this.tenantId;
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (claims.expiresIn ?? 3600);
    return new SignJWT({ oid: claims.oid, tid, name: claims.name })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer(claims.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
      .setAudience(claims.aud ?? this.audience)
      .setIssuedAt(Math.min(now, exp - 60))
      .setNotBefore(Math.min(now, exp - 60))
      .setExpirationTime(exp)
      .sign(key);
  }

  /** Start-up environment for the harness that points the app at this fixture. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { SSO_JWKS_URL: this.jwksUrl, SSO_AUDIENCE: this.audience, ...extra };
  }
}
