// Pinecone: API keys are pcsk_, a key id of 5 or 6 characters, '_' and a 63-character secret (as
// every published key shows); keys made before 2024 are
// bare UUIDs and need the word pinecone and a key-ish name.

import { UUID } from '../rules/common';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, fake, fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'pinecone',
  name: 'Pinecone',
  category: 'ai',
  domains: ['pinecone.io', 'app.pinecone.io'],
  keysUrl: 'https://app.pinecone.io/',
  canDo: 'Read, overwrite and delete the project\'s vector indexes, and create new ones on its bill.',
  rules: [
    {
      id: 'pinecone-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['pcsk_'],
      pattern: bounded('pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}'),
      prefix: /^pcsk_[A-Za-z0-9]+_/,
      examples: {
        positive: [`PINECONE_API_KEY=«pcsk_${fake(ALNUM, 6, 2750)}_${fake(ALNUM, 63, 2751)}»`, `pc = Pinecone(api_key="«pcsk_${fake(ALNUM, 5, 2752)}_${fake(ALNUM, 63, 2753)}»")`],
        negative: ['PINECONE_API_KEY=pcsk_...', `pcsk_${fake(ALNUM, 6, 2754)}_${fake(ALNUM, 30, 2755)}`, `pcsk_${fake(ALNUM, 4, 4227)}_${fake(ALNUM, 63, 4228)}`, `pcsk_${fake(ALNUM, 6, 4229)}_${fake(ALNUM, 66, 4230)}`],
      },
    },
    {
      id: 'pinecone-legacy-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      lengths: [36],
      pattern: UUID,
      context: { words: ['pinecone'], strict: true },
      examples: {
        positive: [`PINECONE_API_KEY=«${fakeUuid(2756)}»`],
        negative: [`pinecone index id ${fakeUuid(2757)}`],
      },
    },
  ],
});
