// PyPI: API tokens are "pypi-" and a macaroon (version 2 binary, base64url) whose first field is
// its location: "pypi.org" (AgEIcHlwaS5vcmc) or TestPyPI's "test.pypi.org" (AgENdGVzdC5weXBpLm9yZw).
// A macaroon is a run of fields (type byte, varint length, data; 0 closes a section) that ends
// with its 32-byte signature, field type 6 (libmacaroons' v2 format, which pymacaroons and
// PyPI's warehouse use): a token cut short, or with text spliced in, does not parse to that end.

import { decodeBase64Url } from '../base64';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, base64Ascii, fake, fakeUuid } from '../rules/sample';

const SIGNATURE = 6;

/** True when the token's body is a whole version-2 macaroon ending in its 32-byte signature. */
export function isWholeMacaroon(token: string): boolean {
  const bytes = decodeBase64Url(token.slice('pypi-'.length));
  if (bytes === null || bytes.charCodeAt(0) !== 2) return false;
  let i = 1;
  while (i < bytes.length) {
    const type = bytes.charCodeAt(i++);
    if (type === 0) continue;
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      if (i >= bytes.length || shift > 21) return false;
      const b = bytes.charCodeAt(i++);
      length |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
    }
    i += length;
    if (i > bytes.length) return false;
    if (type === SIGNATURE) return length === 32 && i === bytes.length;
  }
  return false;
}

/** A made-up token of the real layout: location, identifier, one caveat, signature. */
function fakeMacaroon(location: string, seed: number): string {
  const field = (type: number, data: string) => String.fromCharCode(type, data.length) + data;
  const caveat = `{"version": 1, "permissions": {"projects": ["${fake('abcdefghijklmnopqrstuvwxyz', 8, seed)}"]}}`;
  let signature = '';
  for (const pair of fake(HEX, 64, seed + 1).match(/../g) ?? []) signature += String.fromCharCode(parseInt(pair, 16));
  const bytes = '\x02' + field(1, location) + field(2, fakeUuid(seed + 2)) + '\x00' + field(2, caveat) + '\x00\x00' + field(SIGNATURE, signature);
  return 'pypi-' + base64Ascii(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export default defineProvider({
  slug: 'pypi',
  name: 'PyPI',
  category: 'code',
  domains: ['pypi.org'],
  keysUrl: 'https://pypi.org/manage/account/token/',
  canDo: 'Upload new releases of the owner\'s Python packages.',
  rules: [
    {
      id: 'pypi-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
      pattern: bounded('pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,400}'),
      prefix: /^pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)/,
      validate: isWholeMacaroon,
      examples: {
        positive: [`password = «${fakeMacaroon('pypi.org', 9)}»`, `[testpypi]\n  username = __token__\n  password = «${fakeMacaroon('test.pypi.org', 12)}»`],
        negative: ['pypi-AgEIcHlwaS5vcmcshort', `pypi-AgEIcHlwaS5vcmc${fake(URLSAFE, 70, 9)}`, fakeMacaroon('pypi.org', 15).slice(0, 120)],
      },
    },
  ],
});
