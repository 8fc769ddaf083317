// MongoDB Atlas: connection strings to *.mongodb.net carry the database user's password; Atlas
// Admin API private keys are UUIDs and need the word atlas or mongodb and a key-ish name.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { urlPassword } from '../rules/url-password';
import { ALNUM, fake, fakeUuid } from '../rules/sample';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

export default defineProvider({
  slug: 'mongodb',
  name: 'MongoDB Atlas',
  category: 'cloud',
  domains: ['mongodb.com', 'cloud.mongodb.com', 'mongodb.net'],
  keysUrl: 'https://cloud.mongodb.com/',
  canDo: 'A connection-string password reads, changes and deletes the cluster\'s data as that user; an API key manages the organisation\'s projects and clusters.',
  rules: [
    urlPassword('mongodb-atlas-connection-password', 'mongodb|mongodb\\+srv', ['.mongodb.net'], {
      positive: [
        `MONGODB_URI=mongodb+srv://app:«${fake(ALNUM, 16, 2980)}»@cluster0.${fake(LOWER, 5, 2981)}.mongodb.net/shop?retryWrites=true&w=majority`,
        `mongoose.connect("mongodb://reporting:«${fake(ALNUM, 24, 2982)}»@ac-${fake(LOWER, 7, 2983)}-shard-00-00.${fake(LOWER, 5, 2984)}.mongodb.net:27017/?ssl=true")`,
      ],
      negative: [
        'mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/',
        'mongodb+srv://myUser:myPassword@cluster0.abcde.mongodb.net/test',
        `mongodb://app:${fake(ALNUM, 16, 2985)}@localhost:27017/shop`,
      ],
    }),
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
