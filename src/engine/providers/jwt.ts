// JSON Web Tokens: three base64url parts, the first two JSON. The header must name an algorithm
// (alg 'none' is no credential); Supabase anon keys are JWTs meant for browsers.

import { decodeBase64Url } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, base64UrlJson, fake } from '../rules/sample';

const jwt = (payload: object, seed: number): string =>
  `${base64UrlJson({ alg: 'HS256', typ: 'JWT' })}.${base64UrlJson(payload)}.${fake(URLSAFE, 43, seed)}`;

function parseJson(s: string | null): Record<string, unknown> | null {
  if (s === null) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
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
      validate: (v) => {
        const header = parseJson(decodeBase64Url(v.slice(0, v.indexOf('.'))));
        return header !== null && typeof header.alg === 'string' && header.alg.toLowerCase() !== 'none';
      },
      classify: (h) => {
        const parts = h.value.split('.');
        const payload = parseJson(decodeBase64Url(parts[1] ?? ''));
        if (payload?.role === 'anon') return { kind: 'public', notCounted: 'public-by-design' };
        return {};
      },
      examples: {
        positive: [`Authorization: Bearer «${jwt({ sub: '1234567890', name: 'Ada', iat: 1516239022 }, 305)}»`],
        negative: [
          `supabaseKey = "${jwt({ iss: 'supabase', role: 'anon' }, 306)}"`,
          `eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.${fake(URLSAFE, 43, 307)}`,
        ],
      },
    },
  ],
});
