// MongoDB Atlas: Admin API private keys are UUIDs and need the word atlas or mongodb and a key-ish
// name. Service accounts (the keys' successor) pair a client id mdb_sa_id_<24 hex> with a
// client secret mdb_sa_sk_<40>. Connection strings to *.mongodb.net are found as database URLs
// (database-url.ts).

import { UUID } from '../rules/common';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, fake, fakeUuid } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'mongodb',
  name: 'MongoDB Atlas',
  category: 'cloud',
  domains: ['mongodb.com', 'cloud.mongodb.com', 'mongodb.net'],
  keysUrl: 'https://cloud.mongodb.com/',
  canDo: 'A connection-string password reads, changes and deletes the cluster\'s data as that user; an API key manages the organisation\'s projects and clusters.',
  rules: [
    {
      id: 'mongodb-atlas-api-private-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['atlas', 'mongodb', 'mongodbatlas'], strict: true },
      examples: {
        positive: [`MONGODB_ATLAS_PRIVATE_KEY=«${fakeUuid(2986)}»`, `provider "mongodbatlas" {\n  public_key  = "${fake(LOWER, 8, 2987)}"\n  private_key = "«${fakeUuid(2988)}»"\n}`],
        negative: [`mongodb atlas project id ${fakeUuid(2989)}`],
      },
    },
    {
      id: 'mongodb-atlas-service-account-secret',
      match: 'keyword',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: ['mdb_sa_sk_'],
      pattern: bounded('mdb_sa_sk_[A-Za-z0-9_-]{40}'),
      prefix: /^mdb_sa_sk_/,
      validate: (v) => looksRandom(v.slice(10)),
      examples: {
        positive: [
          `MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 7142)}\nMONGODB_ATLAS_CLIENT_SECRET=«mdb_sa_sk_${fake(URLSAFE, 40, 7143)}»`,
        ],
        negative: [`mdb_sa_sk_${fake(URLSAFE, 39, 7144)}`, `mdb_sa_sk_${'x'.repeat(40)}`],
      },
    },
  ],
});
