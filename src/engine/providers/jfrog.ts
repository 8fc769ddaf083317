// JFrog (Artifactory): API keys are AKCp and 69 characters; reference tokens are the base64 of
// "reftkn:…" (so they start cmVmdGtu and are checked by decoding); identity and access tokens
// without either need the word jfrog or artifactory and a key-ish name.

import { decodePrintableBase64 } from '../base64';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, base64Ascii, fake } from '../rules/sample';

const WORDS = ['jfrog', 'artifactory'];
const refToken = (seed: number): string => base64Ascii(`reftkn:01:${fake(DIGITS, 10, seed)}:${fake(ALNUM, 27, seed + 1)}`).replace(/=+$/, '');

export default defineProvider({
  slug: 'jfrog',
  name: 'JFrog',
  category: 'code',
  domains: ['jfrog.com', 'jfrog.io'],
  noKeysUrl: 'Tokens live in each JFrog platform (Your profile → Edit profile → Generate an identity token, or Administration → User management → Access tokens).',
  canDo: 'Download and publish the organisation\'s artifacts and images, which its builds and servers then install.',
  rules: [
    {
      id: 'jfrog-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['AKCp'],
      pattern: bounded('AKCp[A-Za-z0-9]{69}'),
      prefix: /^AKCp/,
      validate: (v) => looksRandom(v.slice(4)),
      examples: {
        positive: [`ARTIFACTORY_API_KEY=«AKCp${fake(ALNUM, 69, 2540)}»`, `curl -H "X-JFrog-Art-Api: «AKCp${fake(ALNUM, 69, 2541)}»" https://acme.jfrog.io/artifactory/api/repositories`],
        negative: [`AKCp${fake(ALNUM, 50, 2542)}`],
      },
    },
    {
      id: 'jfrog-reference-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['cmVmdGtu'],
      pattern: bounded('cmVmdGtu[A-Za-z0-9+/]{40,120}={0,2}'),
      prefix: /^cmVmdGtu/,
      validate: (v) => /^reftkn:[0-9]{2}:[0-9]+:/.test(decodePrintableBase64(v) ?? ''),
      examples: {
        positive: [`JFROG_ACCESS_TOKEN=«${refToken(2543)}»`, `docker login acme.jfrog.io -u ci -p «${refToken(2545)}»`],
        negative: [base64Ascii(`reftkn is the name of the field`), `cmVmdGtu${fake(ALNUM, 30, 2547)}`],
      },
    },
    {
      id: 'jfrog-identity-token',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[A-Za-z0-9]{64}$/,
      validate: looksRandom,
      context: { words: WORDS, strict: true },
      examples: {
        positive: [`ARTIFACTORY_IDENTITY_TOKEN=«${fake(ALNUM, 64, 2548)}»`],
        negative: [`artifactory build ${fake(ALNUM, 64, 2549)}`],
      },
    },
  ],
});
