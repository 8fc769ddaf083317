// Contentful: personal access tokens (Content Management API) start CFPAT-. Delivery and
// preview tokens are 43 characters with no prefix; delivery tokens read published content
// and are made for front ends, preview tokens also read drafts.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'contentful',
  name: 'Contentful',
  category: 'other',
  domains: ['contentful.com'],
  keysUrl: 'https://app.contentful.com/account/profile/cma_tokens',
  canDo: 'Personal access tokens: create, change, publish and delete the spaces\' content. Delivery tokens only read what is already published.',
  rules: [
    {
      id: 'contentful-personal-access-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['CFPAT-'],
      pattern: bounded('CFPAT-[A-Za-z0-9_-]{43}'),
      prefix: /^CFPAT-/,
      examples: {
        positive: [`CONTENTFUL_MANAGEMENT_TOKEN=«CFPAT-${fake(URLSAFE, 43, 2230)}»`, `contentful space list --management-token «CFPAT-${fake(URLSAFE, 43, 2231)}»`],
        negative: [`CFPAT-${fake(URLSAFE, 30, 2232)}`],
      },
    },
    {
      id: 'contentful-delivery-token',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [43],
      pattern: /^[A-Za-z0-9_-]{43}$/,
      context: { words: ['contentful'], strict: true },
      variants: ['contentful-preview-token'],
      classify: (h) => (h.label.words.includes('preview') ? { rule: 'contentful-preview-token' } : { kind: 'public', notCounted: 'public-by-design' }),
      examples: {
        positive: [`CONTENTFUL_PREVIEW_ACCESS_TOKEN=«${fake(URLSAFE, 43, 2233)}»`],
        negative: [`contentful entry ${fake(URLSAFE, 43, 2234)}`, `CONTENTFUL_DELIVERY_TOKEN=${fake(URLSAFE, 43, 2235)}`],
      },
    },
  ],
});
