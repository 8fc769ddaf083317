// MongoDB Atlas: Admin API private keys are UUIDs and need the word atlas or mongodb and a key-ish
// name. Connection strings to *.mongodb.net are found as database URLs (database-url.ts).

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake, fakeUuid } from '../rules/sample';

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
  ],
});
