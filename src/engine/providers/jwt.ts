// JSON Web Tokens: three base64url parts, the first two JSON. The header must name an algorithm
// (alg 'none' is no credential); Supabase anon keys are JWTs meant for browsers. jwt.io's debugger
// shows a token with the claims sub "1234567890" and name "John Doe" (signed with several
// algorithms and secrets over the years); tutorials copy it everywhere: a documentation example.
// So is a token whose HMAC signature verifies under a secret the docs print beside it: anyone
// who read them can mint any token under that secret, so the token gives nothing away. A token
// whose `exp` has passed opens nothing any more (tokens pasted into docs, issues and changelogs
// mostly are): listed as expired, not counted.

import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import { decodeBase64Url } from '../base64';
import { hasJwtHeader, parseJsonObject } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake, fakeJwt, hmacJwt } from '../rules/sample';
import { utf8 } from '../sha256';

// The HMAC secrets of documentation tokens: jwt.io's debugger ('secret' in its first editor,
// views/token-editor-common.pug; 'your-256-bit-secret' and its 384/512 siblings until 2025, which
// its example token's signature verifies under; since then the three in
// src/features/common/values/default-tokens.values.ts of jsonwebtoken/jsonwebtoken.github.io),
// PyJWT's README and docs ('secret') and node-jsonwebtoken's README ('shhhhh').
const PUBLISHED_SECRETS = [
  'secret', 'shhhhh', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long', 'a-valid-string-secret-that-is-at-least-384-bits-long',
  'a-valid-string-secret-that-is-at-least-512-bits-long-which-is-very-long',
].map(utf8);
const HMAC_HASHES = new Map<string, CHash>([['HS256', sha256], ['HS384', sha384], ['HS512', sha512]]);

/** The token is HMAC-signed (alg from its header) under one of the published secrets. */
function signedWithPublishedSecret(jwt: string, alg: unknown): boolean {
  const hash = typeof alg === 'string' ? HMAC_HASHES.get(alg) : undefined;
  if (hash === undefined) return false;
  const dot = jwt.lastIndexOf('.');
  const signature = decodeBase64Url(jwt.slice(dot + 1));
  if (signature?.length !== hash.outputLen) return false;
  const input = utf8(jwt.slice(0, dot));
  return PUBLISHED_SECRETS.some((key) => String.fromCharCode(...hmac(hash, key, input)) === signature);
}

export default defineProvider({
  slug: 'jwt',
  name: 'JSON Web Token',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The issuing service is named inside the token, if at all; it expires or is revoked there.',
  canDo: 'Call the issuing service as the token\'s subject until it expires.',
  rules: [
    {
      id: 'jwt',
      match: 'keyword',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      keywords: ['eyJ'],
      pattern: bounded('eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,1000}'),
      prefix: /^eyJ[A-Za-z0-9_-]*\./,
      validate: hasJwtHeader,
      classify: (h) => {
        const parts = h.value.split('.');
        const payload = parseJsonObject(decodeBase64Url(parts[1] ?? ''));
        if (payload?.role === 'anon') return { kind: 'public', notCounted: 'public-by-design' };
        if (payload?.sub === '1234567890' && payload.name === 'John Doe') return { notCounted: 'documentation-example' };
        const header = parseJsonObject(decodeBase64Url(parts[0] ?? ''));
        if (signedWithPublishedSecret(h.value, header?.alg)) return { notCounted: 'documentation-example' };
        if (typeof payload?.exp === 'number' && payload.exp * 1000 <= (h.options.now ?? Date.now())) return { notCounted: 'expired' };
        return {};
      },
      examples: {
        positive: [
          `Authorization: Bearer «${fakeJwt({ sub: '1234567890', name: 'Ada', iat: 1516239022 }, 305)}»`,
          `token = "«${hmacJwt('HS256', { uid: 4417, scope: 'orders:read' }, fake(URLSAFE, 43, 309))}»"`,
          `ID_TOKEN=«${fakeJwt({ sub: 'u_8841', aud: 'web', iat: 4102444000, exp: 4102444800 }, 310)}»`,
        ],
        negative: [
          `supabaseKey = "${fakeJwt({ iss: 'supabase', role: 'anon' }, 306)}"`,
          `Authorization: Bearer ${fakeJwt({ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, 308)}`,
          `eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.${fake(URLSAFE, 43, 307)}`,
          `>>> print(token)\n${hmacJwt('HS256', { uid: 4417, scope: 'orders:read' }, 'secret')}`,
          `ID_TOKEN=${fakeJwt({ sub: 'u_8841', aud: 'web', iat: 1546300000, exp: 1546300800 }, 310)}`,
        ],
      },
    },
  ],
});
