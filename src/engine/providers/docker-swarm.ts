// Docker swarm tokens (docs.docker.com, "Join nodes to a swarm" and "Lock your swarm"): join
// tokens are SWMTKN-1-, 50 lower-case base-36 characters (the root CA's digest) and '-' and 25
// (the secret); whoever holds the manager token joins as a manager and controls the swarm.
// Unlock keys are SWMKEY-1- and base64; they decrypt the managers' Raft logs and TLS keys.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { B64, LOWER_ALNUM, fake } from '../rules/sample';

const mixed = (v: string): boolean => /[0-9]/.test(v) && /[a-z]/.test(v);

export default defineProvider({
  slug: 'docker-swarm',
  name: 'Docker swarm token',
  category: 'cloud',
  credentialType: true,
  domains: [],
  noKeysUrl: 'Swarm tokens are issued by the swarm itself: replace them with docker swarm join-token --rotate (worker or manager) and docker swarm unlock-key --rotate.',
  canDo: 'Join machines to the swarm (as managers, with the manager token: run any service on every node), or unlock a stopped manager\'s encrypted state.',
  rules: [
    {
      id: 'docker-swarm-join-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['SWMTKN-1-'],
      pattern: bounded('SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}'),
      prefix: /^SWMTKN-1-[a-z0-9]{50}-/,
      validate: (v) => mixed(v.slice(60)),
      examples: {
        positive: [`docker swarm join --token «SWMTKN-1-${fake(LOWER_ALNUM, 50, 9200)}-${fake(LOWER_ALNUM, 25, 9201)}» 10.0.0.5:2377`],
        negative: ['docker swarm join --token SWMTKN-1-<token> 10.0.0.5:2377', `SWMTKN-1-${fake(LOWER_ALNUM, 50, 9202)}`],
      },
    },
    {
      id: 'docker-swarm-unlock-key',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['SWMKEY-1-'],
      pattern: bounded('SWMKEY-1-[A-Za-z0-9+/]{40,50}'),
      prefix: /^SWMKEY-1-/,
      examples: {
        positive: [`docker swarm unlock\nPlease enter unlock key: «SWMKEY-1-${fake(B64, 43, 9203)}»`],
        negative: ['SWMKEY-1-<key>', `SWMKEY-1-${fake(B64, 20, 9204)}`],
      },
    },
  ],
});
