// ngrok: authtokens and API keys are an id of 27 letters and digits (a KSUID, so it starts with 1
// or 2), an underscore and 21 letters and digits, as keys seen in public code show; the docs give
// no format, so the word ngrok has to be near.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'ngrok',
  name: 'ngrok',
  category: 'cloud',
  domains: ['ngrok.com', 'dashboard.ngrok.com'],
  keysUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
  canDo: 'Open tunnels on the account (its reserved domains included) that expose machines to the internet; API keys manage its endpoints and credentials.',
  rules: [
    {
      id: 'ngrok-authtoken',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [49],
      pattern: /^[12][0-9A-Za-z]{26}_[0-9A-Za-z]{21}$/,
      validate: (v) => looksRandom(v.slice(28)),
      context: { words: ['ngrok'] },
      examples: {
        positive: [
          `ngrok config add-authtoken «2${fake(ALNUM, 26, 7160)}_${fake(ALNUM, 21, 7161)}»`,
          `NGROK_AUTHTOKEN=«2${fake(ALNUM, 26, 7162)}_${fake(ALNUM, 21, 7163)}»`,
        ],
        negative: [`build 2${fake(ALNUM, 26, 7164)}_${fake(ALNUM, 21, 7165)}`, `NGROK_AUTHTOKEN=2${fake(ALNUM, 26, 7166)}_${fake(ALNUM, 20, 7167)}`],
      },
    },
  ],
});
