// GitHub: classic tokens end in a CRC32 checksum of their random part; lookalikes that fail it are
// reported under a rule of their own at medium severity (checksumMismatch), except the body
// GitHub's OAuth docs print in their example responses, a documentation example. Installation
// (ghs_) and refresh (ghr_) tokens are short-lived or need a client secret. Since 2026-04-27
// installation tokens are ghs_<app id>_<JWT> (~520 characters, GitHub changelog); refresh tokens
// are ghr_ and 76 characters. OAuth app client secrets are 40 hex with no prefix: the word github
// and a key-ish name, or the client id (Ov23li…, Iv23li…) next to them; a 40-hex value named as a
// token is a pre-2021 personal access token. Gitalk (a comment widget whose config carries a GitHub
// OAuth app's id and secret) counts as the word.

import { checksumMismatch, hasBase62Crc } from '../rules/checksums';
import { hasJwtHeader } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import type { Verdict } from '../rules/rule';
import { ALNUM, HEX, URLSAFE, fake, fakeCrcToken, fakeJwt } from '../rules/sample';

const ghp = fakeCrcToken('ghp_', 1);
const ghs = fakeCrcToken('ghs_', 2);
const installationJwt = fakeJwt({ iss: 'github', inst: 87654321, app: 123456, exp: 1893456000 }, 1110);
const clientId = `Ov23li${fake(ALNUM, 14, 1111)}`;
// The random part of gho_… in GitHub's "Authorizing OAuth apps" example responses; other projects
// reuse it after every gh?_ prefix.
const DOCS_BODY = '16C7e42F292c6912E7710c838347Ae178B4a';
const legacyToken: Verdict = { rule: 'github-legacy-token', kind: 'token', severity: 'critical' };

export default defineProvider({
  slug: 'github',
  name: 'GitHub',
  category: 'code',
  domains: ['github.com'],
  keysUrl: 'https://github.com/settings/tokens',
  keysPath: 'Settings → Developer settings → Personal access tokens',
  canDo: 'Act as the user on GitHub within the token\'s scopes: read private code, push, change settings.',
  badge: '#24292f',
  rules: [
    {
      id: 'github-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
      pattern: bounded('gh[pousr]_[A-Za-z0-9]{36}'),
      prefix: /^gh[pousr]_/,
      variants: ['github-token-checksum-mismatch'],
      classify: (h) => {
        if (h.value.endsWith(DOCS_BODY)) return { notCounted: 'documentation-example' };
        if (!hasBase62Crc(h.value, 4)) return checksumMismatch('github-token');
        return /^gh[sr]_/.test(h.value) ? { severity: 'high' } : {};
      },
      examples: {
        positive: [
          `GITHUB_TOKEN=«${ghp}»`,
          `token «${ghs}» expires`,
          `GITHUB_TOKEN=«${ghp.slice(0, -1)}${ghp.endsWith('A') ? 'B' : 'A'}»`,
          // A token as a git remote's user (right after '://'), as README clone lines show it.
          `git clone https://«${ghp}»@github.com/owner/repo.git`,
        ],
        negative: [
          'ghp_' + 'x'.repeat(36),
          `x${ghp}`,
          `{"access_token": "gho_${DOCS_BODY}", "token_type": "bearer"}`,
        ],
      },
    },
    {
      id: 'github-fine-grained-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['github_pat_'],
      pattern: bounded('github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}'),
      prefix: /^github_pat_/,
      examples: {
        positive: [`«github_pat_${fake(ALNUM, 22, 4)}_${fake(ALNUM, 59, 5)}»`],
        negative: [`github_pat_${fake(ALNUM, 22, 4)}_short`],
      },
    },
    {
      id: 'github-refresh-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ghr_'],
      pattern: bounded('ghr_[A-Za-z0-9]{76}'),
      prefix: /^ghr_/,
      examples: {
        positive: [`{"access_token": "ghu_…", "refresh_token": "«ghr_${fake(ALNUM, 76, 1112)}»", "refresh_token_expires_in": 15897600}`],
        negative: [`ghr_${fake(ALNUM, 75, 1113)}`, `ghr_${'0'.repeat(76)}`],
      },
    },
    {
      id: 'github-installation-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ghs_'],
      pattern: bounded('ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,500}\\.[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{16,1000}'),
      prefix: /^ghs_[0-9]+_/,
      validate: (v) => hasJwtHeader(v.slice(v.indexOf('_', 4) + 1)),
      examples: {
        positive: [`GITHUB_TOKEN=«ghs_123456_${installationJwt}»`, `git clone https://x-access-token:«ghs_98765_${installationJwt}»@github.com/o/r.git`],
        negative: [`ghs_123456_eyJub3QiOiJqc29uIn0.${fake(URLSAFE, 40, 1114)}.${fake(URLSAFE, 43, 1115)}`, 'ghs_123456_eyJhbGciOi'],
      },
    },
    {
      // The public half of an OAuth or GitHub App client: shipped in authorize URLs.
      id: 'github-oauth-client-id',
      match: 'keyword',
      kind: 'public',
      severity: 'info',
      confidence: 'high',
      keywords: ['Ov23li', 'Iv23li'],
      pattern: bounded('(?:Ov23li|Iv23li)[A-Za-z0-9]{14}'),
      prefix: /^(?:Ov23li|Iv23li)/,
      classify: () => ({ notCounted: 'public-by-design' }),
      pair: { group: 'github-oauth', role: 'public' },
      examples: {
        positive: [`https://github.com/login/oauth/authorize?client_id=«${clientId}»&scope=repo`],
        negative: [`client_id: ${clientId}`, `Ov23li${fake(ALNUM, 13, 1116)}`],
      },
    },
    {
      id: 'github-oauth-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[a-f0-9]{40}$/,
      // GitHub CLI reads GH_TOKEN and GH_ENTERPRISE_TOKEN (cli.github.com/manual/gh_help_environment):
      // gh and ghe as whole words in a key-ish name (GH_API_KEY, ghe_pat) name GitHub too.
      context: { words: ['github', 'gitalk', 'gh', 'ghe'], strict: true, pair: true },
      // Before fine-grained and prefixed tokens, a personal access token was 40 hex too.
      classify: (h) => (h.label.words.some((w) => w === 'token' || w === 'pat') ? legacyToken : {}),
      variants: ['github-legacy-token'],
      pair: { group: 'github-oauth', role: 'secret' },
      examples: {
        positive: [
          `GITHUB_CLIENT_SECRET=«${fake(HEX, 40, 1117)}»`,
          `client_id: ${clientId}\nclient_secret: «${fake(HEX, 40, 1118)}»`,
          `GITHUB_TOKEN=«${fake(HEX, 40, 1119)}»`,
          `export GH_ENTERPRISE_TOKEN=«${fake(HEX, 40, 1124)}»`,
          `const gitalk = new Gitalk({\n  clientID: '${fake(HEX, 20, 7135)}',\n  clientSecret: '«${fake(HEX, 40, 7136)}»',\n  repo: 'blog-comments',\n})`,
        ],
        negative: [
          `github commit ${fake(HEX, 40, 1120)}`,
          `GITHUB_SHA=${fake(HEX, 40, 1121)}`,
          `gh run view --log | grep ${fake(HEX, 40, 1125)}`,
          `client_secret: ${fake(HEX, 40, 1122)}`,
          `https://github.com/o/r/commit/${fake(HEX, 40, 1123)}`,
        ],
      },
    },
  ],
});
