// Authress: service client access keys are <type>_<client id>.<key id>.acc_<account id>.<key>,
// the last part a private key in base64.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, B64, fake } from '../rules/sample';

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** True when ".acc_" or ".acc-" and an account id of 10–32 characters end at `dot`. */
function accountBefore(t: string, dot: number): boolean {
  for (let j = dot - 15; j >= dot - 37 && j >= 0; j--) {
    if (t.startsWith('.acc', j) && (t[j + 4] === '_' || t[j + 4] === '-')) return true;
  }
  return false;
}
const accessKey = (seed: number): string =>
  `sc_${fake(lower, 22, seed)}.${fake(lower, 4, seed + 1)}.acc_${fake(lower, 16, seed + 2)}.MC4CAQAwBQYDK2VwBCIEI${fake(B64, 43, seed + 3)}`;

export default defineProvider({
  slug: 'authress',
  name: 'Authress',
  category: 'cloud',
  domains: ['authress.io'],
  keysUrl: 'https://authress.io/app/',
  canDo: 'Act as the service client: read and change users\' roles and access records in the account.',
  rules: [
    {
      id: 'authress-service-client-key',
      match: 'run',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      // The key part after ".acc_<account id>.": looking for '.acc_' itself would stop the
      // combined keyword pass at every '.' of a script.
      run: { min: 30, max: 120, test: (t, s) => t[s - 1] === '.' && accountBefore(t, s - 1) },
      pattern: bounded('(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}'),
      prefix: /^[a-z]+_[A-Za-z0-9]+\.[A-Za-z0-9]+\.acc[_-][a-z0-9-]+\./,
      examples: {
        positive: [`AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=«${accessKey(2080)}»`, `new AuthressClient(host, '«${accessKey(2084)}»')`],
        negative: [`sc_${fake(ALNUM, 10, 2088)}.acc_short`, 'this.acc_total = x.acc_base + y'],
      },
    },
  ],
});
