// Kubernetes bootstrap tokens: a 6-character id, a dot and a 16-character secret, both lower-case
// letters and digits (kubeadm join --token, bootstrap kubeconfigs, Secrets of type
// bootstrap.kubernetes.io/token). The shape alone is too plain, so the pattern carries its own
// context: a --token flag or a bootstrap-token name, or the token-secret field of such a Secret.

import { defineProvider } from '../rules/define';
import { LOWER_ALNUM, fake } from '../rules/sample';

/** Random secrets mix letters and digits; kubeadm's documented abcdef.0123456789abcdef does too, but is a stand-in the placeholder filter knows. */
const mixed = (v: string): boolean => /[0-9]/.test(v) && /[a-z]/.test(v);

export default defineProvider({
  slug: 'kubernetes-bootstrap',
  name: 'Kubernetes bootstrap token',
  category: 'cloud',
  credentialType: true,
  domains: [],
  noKeysUrl: 'Bootstrap tokens are issued by the cluster: list and delete them with kubeadm token list / kubeadm token delete.',
  canDo: 'Join machines to the cluster as nodes, and read what new nodes may read, until the token expires (24 hours unless set otherwise).',
  rules: [
    {
      id: 'kubernetes-bootstrap-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      // Names shorter than a prefixed token's run: found anywhere, the pattern decides.
      keywords: ['--token', 'bootstrap-token', 'bootstrap_token', 'BOOTSTRAP_TOKEN', 'bootstrapToken'],
      anywhere: true,
      pattern: /(?:--(?:tls-bootstrap-|discovery-)?token[ =]{1,3}|(?:bootstrap[_-]token|BOOTSTRAP_TOKEN|bootstrapToken)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)([a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9_.-])/g,
      validate: (v) => mixed(v.slice(7)),
      examples: {
        positive: [
          `kubeadm join 10.0.0.10:6443 --token «${fake(LOWER_ALNUM, 6, 7111)}.${fake(LOWER_ALNUM, 16, 7112)}» --discovery-token-ca-cert-hash sha256:${fake('0123456789abcdef', 64, 7113)}`,
          `BOOTSTRAP_TOKEN: "«${fake(LOWER_ALNUM, 6, 7114)}.${fake(LOWER_ALNUM, 16, 7115)}»"`,
        ],
        negative: [
          `kubeadm join 10.0.0.10:6443 --token ${fake(LOWER_ALNUM, 6, 7116)}.${fake(LOWER_ALNUM, 15, 7117)}`,
          'kubeadm token create --token abcdef.0123456789abcdef',
          `app.config ${fake(LOWER_ALNUM, 6, 7118)}.${fake(LOWER_ALNUM, 16, 7119)}`,
        ],
      },
    },
    {
      id: 'kubernetes-bootstrap-token-secret',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['token-secret:'],
      pattern: /token-secret:[ \t]{0,4}["']?([a-z0-9]{16})(?![A-Za-z0-9_.-])/g,
      validate: mixed,
      examples: {
        positive: [
          `type: bootstrap.kubernetes.io/token\nstringData:\n  token-id: ${fake(LOWER_ALNUM, 6, 7120)}\n  token-secret: «${fake(LOWER_ALNUM, 16, 7121)}»\n  usage-bootstrap-authentication: "true"`,
        ],
        negative: [`token-secret: ${fake(LOWER_ALNUM, 15, 7122)}`, 'token-secret: "{{ .Values.tokenSecret }}"'],
      },
    },
  ],
});
