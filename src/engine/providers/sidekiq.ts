// Sidekiq Pro / Enterprise: the gem server credential is two 8-hex halves joined by ':'. It sits
// in Bundler's setting for the gem host (env var, .bundle/config, `bundle config`) or in a
// source URL before @gems.contribsys.com.

import { defineProvider } from '../rules/define';
import { HEX, fake } from '../rules/sample';

const CREDENTIAL = '([a-f0-9]{8}:[a-f0-9]{8})(?![A-Za-z0-9_:@])';
const cred = (seed: number): string => `${fake(HEX, 8, seed)}:${fake(HEX, 8, seed + 1)}`;

export default defineProvider({
  slug: 'sidekiq',
  name: 'Sidekiq',
  category: 'code',
  domains: ['sidekiq.org', 'contribsys.com'],
  keysUrl: 'https://sidekiq.org/account',
  canDo: 'Download the licensed Sidekiq Pro or Enterprise gems under the owner\'s license.',
  rules: [
    {
      id: 'sidekiq-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'medium',
      confidence: 'high',
      keywords: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM', 'BUNDLE_GEMS__CONTRIBSYS__COM', 'gems.contribsys.com', 'enterprise.contribsys.com'],
      pattern: new RegExp(
        `(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?|(?:gems|enterprise)\\.contribsys\\.com[ \\t]{1,5})${CREDENTIAL}`,
        'g',
      ),
      examples: {
        positive: [
          `export BUNDLE_GEMS__CONTRIBSYS__COM=«${cred(3170)}»`,
          `---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "«${cred(3172)}»"`,
          `bundle config --local gems.contribsys.com «${cred(3174)}»`,
        ],
        negative: ['BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}', `bundle config gems.contribsys.com ${fake(HEX, 8, 3176)}`],
      },
    },
    {
      id: 'sidekiq-sensitive-url',
      match: 'keyword',
      kind: 'secret',
      severity: 'medium',
      confidence: 'high',
      keywords: ['@gems.contribsys.com', '@enterprise.contribsys.com'],
      pattern: /https?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![A-Za-z0-9_-])/g,
      examples: {
        positive: [`source "https://«${cred(3177)}»@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend`],
        negative: ['source "https://gems.contribsys.com/" do', 'https://user:pass@gems.contribsys.com/'],
      },
    },
  ],
});
