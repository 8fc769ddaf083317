// Credentials written into a curl command: an Authorization (Bearer, Token, Basic) or API-key
// header, or -u/--user with a password. The service is whatever the URL names, so this is a
// credential type: a token with its own format is reported by its provider instead (the more
// specific finding wins the span). Shell variables, <placeholders>, stand-in words and values
// that do not look random are not reported: docs put those in every curl example.

import { decodePrintableBase64 } from '../base64';
import { looksRandom } from '../filters';
import type { RawMatch } from '../rules/rule';
import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, base64Ascii, fake } from '../rules/sample';

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
const HEADER = /(?:-H|--header)[ \t=]{0,5}(["'])(?:Authorization:[ \t]{0,5}(?:(Basic)|Bearer|Token|Api-Key)[ \t]{1,5}|(?:X-)?(?:[A-Za-z]{1,20}-)?(?:Api-?Key|Auth-Token|Access-Token|Token):[ \t]{0,5})([\w~@.+/=-]{16,512})\1/gi;
const USER = /(?:-u|--user)(?:[ \t]{1,5}|=)(["']?)([^\s:"'$<>{}]{1,64}):([^\s"'$<>{}]{8,128})\1(?=[\s;)]|$)/g;

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
      } else if (looksRandom(value) && !isStandIn(value)) {
        push(at, value);
      }
    }
    for (const u of cmd.body.matchAll(USER)) {
      const password = u[3] as string;
      if (looksRandom(password) && !isStandIn(password)) push(u.index + u[0].length - (u[1] as string).length - password.length, password);
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
        ],
        negative: [
          'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me',
          'curl -H "Authorization: Bearer <your-access-token>" https://api.example.com/v1/me',
          `curl -H "Authorization: Basic ${base64Ascii('user:password')}" https://example.com/`,
          'curl -u username:password https://example.com/',
          `curl -H "X-Request-Id: ${fake(ALNUM, 32, 2884)}" https://example.com/`,
          `Authorization: Bearer ${fake(ALNUM, 40, 2885)}`,
        ],
      },
    },
  ],
});
