// Credentials written into a curl command: an Authorization (Bearer, Token, Basic) or API-key
// header, or -u/--user with a password. The service is whatever the URL names, so this is a
// credential type: a token with its own format is reported by its provider instead (the more
// specific finding wins the span). Shell variables, <placeholders>, stand-in words and values
// that do not look random are not reported: docs put those in every curl example. Header tokens
// may also be hex (32+) or UUIDs, as many APIs issue them; -u may carry the token as an empty
// user (-u :TOKEN) or an empty password (-u TOKEN:), and the password may be quoted alone.

import { decodePrintableBase64 } from '../base64';
import { entropy, looksRandom } from '../filters';
import type { RawMatch } from '../rules/rule';
import { UUID, isStandIn, mixedCase } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, HEX, base64Ascii, fake, fakeUuid } from '../rules/sample';

// One curl command: up to five continued lines (trailing backslash) after the word curl, each
// read up to 1000 characters (a minified script is one long line).
const COMMAND = /curl (?:[^\n]{0,1000}\\\r?\n){0,5}[^\n]{0,1000}/y;

/** Each curl command in `text`, found with indexOf (a /\bcurl\b/g regex over a script is slower). */
function* commands(text: string): Generator<{ index: number; body: string }> {
  for (let at = text.indexOf('curl '); at >= 0; at = text.indexOf('curl ', at + 5)) {
    if (at > 0 && /[\w-]/.test(text[at - 1] as string)) continue; // part of a longer word
    COMMAND.lastIndex = at;
    const m = COMMAND.exec(text);
    if (m === null) continue;
    yield { index: at, body: m[0] };
    at += m[0].length - 5;
  }
}
const HEADER = /(?:-H|--header)[ \t=]{0,5}(["'])(?:Authorization:[ \t]{0,5}(?:(?:(Basic)|Bearer|Token|Api-Key|Api-Token)[ \t]{1,5})?|(?:X-)?(?:[A-Za-z]{1,20}-)?(?:Api-?Key|Auth-Token|Access-Token|Token):[ \t]{0,5})([\w~@.+/=-]{16,512})\1/gi;
const USER = /(?:-u|--user)(?:[ \t]{1,5}|=)(["']?)([^\s:"'$<>{}]{0,64}):(["']?)([^\s"'$<>{}]{0,128})\3\1(?=[\s;)]|$)/g;

/** Hex (32+) and UUID tokens: what many APIs issue, random by construction. */
const HEX_TOKEN = /^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$/;
const tokenLike = (v: string): boolean => looksRandom(v) || ((HEX_TOKEN.test(v) || UUID.test(v.toLowerCase())) && /[0-9]/.test(v) && /[a-f]/i.test(v));
/** People's passwords: random-looking, long mixed-case, or letters, digits and a symbol. */
const passwordLike = (v: string): boolean =>
  looksRandom(v) || (v.length >= 12 && mixedCase(v) && entropy(v) >= 3.5) || (v.length >= 10 && /[A-Za-z]/.test(v) && /[0-9]/.test(v) && /[^A-Za-z0-9]/.test(v) && entropy(v) >= 3);

/** Each header token and user password of every curl command in `text`. */
function curlCredentials(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const cmd of commands(text)) {
    const push = (at: number, value: string): void => {
      out.push({ value, start: cmd.index + at, end: cmd.index + at + value.length });
    };
    for (const h of cmd.body.matchAll(HEADER)) {
      const value = h[3] as string;
      const at = h.index + h[0].length - 1 - value.length;
      if (h[2] !== undefined) {
        // Basic: base64 of user:password, and the password is what must be real.
        const password = /^[^:]{1,64}:(.{8,})$/s.exec(decodePrintableBase64(value) ?? '')?.[1];
        if (password !== undefined && !isStandIn(password)) push(at, value);
      } else if (tokenLike(value) && !isStandIn(value)) {
        push(at, value);
      }
    }
    for (const u of cmd.body.matchAll(USER)) {
      const user = u[2] as string;
      const password = u[4] as string;
      const end = u.index + u[0].length - (u[1] as string).length - (u[3] as string).length;
      if (password.length >= 8) {
        if (passwordLike(password) && !isStandIn(password)) push(end - password.length, password);
      } else if (password === '' && user.length >= 12 && tokenLike(user) && !isStandIn(user)) {
        push(end - 1 - user.length, user); // -u TOKEN: (the token as the user, no password)
      }
    }
  }
  return out;
}

export default defineProvider({
  slug: 'curl',
  name: 'Credential in a curl command',
  category: 'other',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The token or password belongs to the service the command calls: revoke it there.',
  canDo: 'Call the API in the command as the holder of the token or password, with all its rights.',
  rules: [
    {
      id: 'curl-credential',
      match: 'collector',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      fallback: true,
      // With the space: a bare word would be a run literal, looked for only where a token starts.
      keywords: ['curl '],
      collect: curlCredentials,
      examples: {
        positive: [
          `curl -H "Authorization: Bearer «${fake(ALNUM, 40, 2880)}»" https://api.internal.example/v2/orders`,
          `curl -s https://billing.example.net/v1/invoices \\\n  -H 'X-Api-Key: «${fake(ALNUM, 32, 2881)}»' \\\n  -H 'Accept: application/json'`,
          `curl --header "Authorization: Basic «${base64Ascii(`deploy:${fake(ALNUM, 18, 2882)}`)}»" https://ci.example.org/api/json`,
          `curl -u admin:«${fake(ALNUM, 20, 2883)}» https://registry.example.com/v2/_catalog`,
          `curl -H "Authorization: Bearer «${fake(HEX, 40, 4201)}»" https://tracker.example.io/api/v1/issues`,
          `curl https://inventory.example.com/v1/items \\\n  -H "X-Api-Key: «${fakeUuid(4202)}»"`,
          `curl -u «${fake(ALNUM, 24, 4203)}»: https://api.payments.example/v1/charges`,
          `curl -s --user ':«${fake(ALNUM, 20, 4204)}»' https://api.example.org/v3/messages`,
          `curl --user deploy:'«${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16, 4205)}»' https://ci.example.org/job/build`,
          `curl --header 'Authorization: «${fakeUuid(4206)}»' https://api.example.net/v1/sites`,
          'curl -X POST --user \'ops:«r4nd0m~k3y9x»\' https://deploy.example.org/hooks/build',
        ],
        negative: [
          'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me',
          'curl -H "Authorization: Bearer <your-access-token>" https://api.example.com/v1/me',
          `curl -H "Authorization: Basic ${base64Ascii('user:password')}" https://example.com/`,
          'curl -u username:password https://example.com/',
          `curl -H "X-Request-Id: ${fake(ALNUM, 32, 2884)}" https://example.com/`,
          `Authorization: Bearer ${fake(ALNUM, 40, 2885)}`,
          'curl -H "X-Api-Key: 00000000-0000-0000-0000-000000000000" https://example.com/',
          `curl -H "Authorization: Bearer ${'ab12'.repeat(8)}" https://example.com/`,
          'curl -u MyUserName:CorrectHorse https://example.com/',
        ],
      },
    },
  ],
});
