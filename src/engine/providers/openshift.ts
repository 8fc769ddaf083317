// OpenShift: user and service OAuth access tokens are sha256~ and 43 URL-safe characters.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'openshift',
  name: 'OpenShift',
  category: 'cloud',
  domains: ['openshift.com', 'redhat.com'],
  noKeysUrl: 'Tokens are issued by each cluster\'s OAuth server: log out (oc logout) or delete the oauthaccesstoken on that cluster.',
  canDo: 'Act on the cluster as the user: read secrets, deploy and delete workloads within their roles.',
  rules: [
    {
      id: 'openshift-user-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['sha256~'],
      pattern: bounded('sha256~[A-Za-z0-9_-]{43}'),
      prefix: /^sha256~/,
      examples: {
        positive: [`oc login --token=«sha256~${fake(URLSAFE, 43, 3080)}» --server=https://api.cluster.example.com:6443`, `Authorization: Bearer «sha256~${fake(URLSAFE, 43, 3081)}»`],
        negative: [`sha256~${fake(URLSAFE, 42, 3082)}`, 'sha256~'],
      },
    },
  ],
});
