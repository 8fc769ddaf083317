// npm: granular and automation tokens carry GitHub's CRC32 scheme (lookalikes: checksumMismatch).
// An .npmrc may instead hold a registry login: `//registry/path/:_auth=` (or a bare `_auth=`) is
// base64 of user:password (docs.npmjs.com/cli/configuring-npm/npmrc, "Auth related
// configuration"), what Artifactory, Nexus and other private registries hand out.

import { decodePrintableBase64 } from '../base64';
import { checksumMismatch, hasBase62Crc } from '../rules/checksums';
import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, base64Ascii, fake, fakeCrcToken } from '../rules/sample';

const LOGIN = /^[^:\s]{1,128}:(\S{8,256})$/;

/** base64 of user:password with a password that is not a stand-in. */
function isLogin(value: string): boolean {
  const password = LOGIN.exec(decodePrintableBase64(value) ?? '')?.[1];
  return password !== undefined && !isStandIn(password);
}

export default defineProvider({
  slug: 'npm',
  name: 'npm',
  category: 'code',
  domains: ['npmjs.com'],
  keysUrl: 'https://www.npmjs.com/settings/~/tokens',
  canDo: 'Publish new versions of the owner\'s packages: a supply-chain attack on everyone who installs them.',
  rules: [
    {
      id: 'npm-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['npm_'],
      pattern: bounded('npm_[A-Za-z0-9]{36}'),
      prefix: /^npm_/,
      variants: ['npm-token-checksum-mismatch'],
      classify: (h) => (hasBase62Crc(h.value, 4) ? {} : checksumMismatch('npm-token')),
      examples: {
        positive: [`//registry.npmjs.org/:_authToken=«${fakeCrcToken('npm_', 3)}»`, `NPM_TOKEN=«npm_${fake(ALNUM, 36, 8)}»`],
        negative: ['npm_config_registry_url_with_long_name_x', `npm_${'0'.repeat(36)}`],
      },
    },
    {
      id: 'npmrc-auth',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['_auth'],
      anywhere: true,
      pattern: /(?<![A-Za-z0-9_-])_auth[ \t]{0,4}=[ \t]{0,4}"?([A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=_-])/g,
      validate: isLogin,
      examples: {
        positive: [
          `registry=https://npm.example-corp.net/repository/npm-all/\n//npm.example-corp.net/repository/npm-all/:_auth=«${base64Ascii(`ci-publisher:${fake(ALNUM, 20, 9121)}`)}»`,
          `_auth = «${base64Ascii(`jenkins:${fake(ALNUM, 16, 9122)}`)}»\nalways-auth = true`,
        ],
        negative: [`//registry.example.net/:_auth=${base64Ascii('user:password')}`, `_auth=${fake(ALNUM, 32, 9123)}`],
      },
    },
  ],
});
