// Container registry logins saved by `docker login` (~/.docker/config.json, and Kubernetes
// .dockerconfigjson pull secrets): under "auths", each registry's "auth" is base64 of
// user:password. Reported when it decodes to a user and a password that is not a stand-in.

import { decodePrintableBase64 } from '../base64';
import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, base64Ascii, fake } from '../rules/sample';

const LOGIN = /^[^:\s]{1,128}:(\S{8,256})$/;

function isLogin(value: string): boolean {
  const password = LOGIN.exec(decodePrintableBase64(value) ?? '')?.[1];
  return password !== undefined && !isStandIn(password);
}

const config = (registry: string, seed: number): string =>
  `{"auths": {"${registry}": {"auth": "«${base64Ascii(`deploy-bot:${fake(ALNUM, 24, seed)}`)}»"}}}`;

export default defineProvider({
  slug: 'docker-config',
  name: 'Container registry login',
  category: 'code',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The password belongs to an account of the registry named beside it: change it (or revoke the access token) in that registry\'s settings.',
  canDo: 'Pull and, with write access, push the registry\'s images as that account: read private images or replace them with tampered ones.',
  rules: [
    {
      id: 'docker-config-auth',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['"auths"'],
      pattern: /"auths"\s*:\s*\{[^]{0,400}?"auth"\s*:\s*"([A-Za-z0-9+/]{12,400}={0,2})"/g,
      validate: isLogin,
      examples: {
        positive: [config('https://index.docker.io/v1/', 7350), config('ghcr.io', 7351)],
        negative: [
          `{"auths": {"quay.io": {"auth": "${base64Ascii('user:password')}"}}}`,
          `{"auths": {"quay.io": {"auth": "${base64Ascii(`no-colon-${fake(ALNUM, 20, 7352)}`)}"}}}`,
          `{"auths": {"quay.io": {"auth": "${fake(ALNUM, 32, 7353)}"}}}`,
        ],
      },
    },
  ],
});
