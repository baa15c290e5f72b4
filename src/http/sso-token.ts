import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** Who a valid Teams SSO token says the caller is. */
export interface SsoIdentity {
  aadObjectId: string;
  tenantId: string;
  name?: string;
}

export type SsoResult =
  | { ok: true; identity: SsoIdentity }
  /** `rejected`: the token is bad (401). `unavailable`: the signing keys could not be fetched (503). */
  | { ok: false; kind: 'rejected' | 'unavailable'; reason: string };

export interface SsoVerifierOptions {
  jwksUrl: string;
  audience: string;
  /** Empty allows any tenant. */
  allowedTenantIds: readonly string[];
}

// Microsoft recommends a few minutes of skew; one is enough between Entra and our clock.
const CLOCK_TOLERANCE_S = 60;

// jose codes that mean "this token is not acceptable", as opposed to "we could not check it".
const REJECTING_CODES = new Set([
  'ERR_JWT_EXPIRED',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
]);

function claim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value ? value : undefined;
}

// The common JWKS signs tokens for every Entra tenant, so the issuer must be the token's own
// tenant (v1 `https://sts.windows.net/{tid}/` or v2 `https://login.microsoftonline.com/{tid}/v2.0`).
function issuedByTenant(iss: string | undefined, tid: string): boolean {
  if (!iss) return false;
  try {
    const segments = new URL(iss).pathname.split('/').filter(Boolean);
    return segments[0] === tid && segments.length <= 2 && (segments[1] === undefined || segments[1] === 'v2.0');
  } catch {
    return false;
  }
}

/** Verifies Teams SSO tokens: RS256 signature from the JWKS, audience, expiry, tenant and issuer. */
export function createSsoVerifier({ jwksUrl, audience, allowedTenantIds }: SsoVerifierOptions): (token: string) => Promise<SsoResult> {
  const keys = createRemoteJWKSet(new URL(jwksUrl));
  const allowed = new Set(allowedTenantIds);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        audience,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && REJECTING_CODES.has(code)) return { ok: false, kind: 'rejected', reason: code };
      return { ok: false, kind: 'unavailable', reason: typeof code === 'string' ? code : (err as Error).name };
    }
    const tid = claim(payload, 'tid');
    const oid = claim(payload, 'oid');
    if (!tid || !oid) return { ok: false, kind: 'rejected', reason: 'missing tid or oid claim' };
    if (allowed.size > 0 && !allowed.has(tid)) return { ok: false, kind: 'rejected', reason: 'tenant not allowed' };
    if (!issuedByTenant(payload.iss, tid)) return { ok: false, kind: 'rejected', reason: 'issuer does not match tenant' };
    return { ok: true, identity: { aadObjectId: oid, tenantId: tid, name: claim(payload, 'name') } };
  };
}
