// JSON Web Tokens: three base64url parts, the first two JSON. The header must name an algorithm
// (alg 'none' is no credential); Supabase anon keys are JWTs meant for browsers. jwt.io's debugger
// shows a token with the claims sub "1234567890" and name "John Doe" (signed with several
// algorithms and secrets over the years); tutorials copy it everywhere: a documentation example.

import { decodeBase64Url } from '../base64';
import { hasJwtHeader, parseJsonObject } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake, fakeJwt } from '../rules/sample';

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
        return {};
      },
      examples: {
        positive: [`Authorization: Bearer «${fakeJwt({ sub: '1234567890', name: 'Ada', iat: 1516239022 }, 305)}»`],
        negative: [
          `supabaseKey = "${fakeJwt({ iss: 'supabase', role: 'anon' }, 306)}"`,
          `Authorization: Bearer ${fakeJwt({ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, 308)}`,
          `eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.${fake(URLSAFE, 43, 307)}`,
        ],
      },
    },
  ],
});
