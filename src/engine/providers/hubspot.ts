// HubSpot: private-app and personal access tokens are pat-<region>- and a UUID; legacy API keys
// (hapikey, retired in 2022) are bare upper- or lower-case UUIDs and need the word hubspot.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { fakeUuid } from '../rules/sample';

export default defineProvider({
  slug: 'hubspot',
  name: 'HubSpot',
  category: 'other',
  domains: ['hubspot.com', 'app.hubspot.com'],
  keysUrl: 'https://app.hubspot.com/private-apps/',
  canDo: 'Read and change the CRM: contacts, companies, deals and emails, by the app\'s scopes.',
  rules: [
    {
      id: 'hubspot-private-app-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['pat-na1-', 'pat-na2-', 'pat-eu1-', 'pat-ap1-'],
      pattern: bounded('pat-(?:na1|na2|eu1|ap1)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      prefix: /^pat-[a-z]{2}[0-9]-/,
      examples: {
        positive: [`HUBSPOT_ACCESS_TOKEN=«pat-na1-${fakeUuid(2500)}»`, `curl -H "Authorization: Bearer «pat-eu1-${fakeUuid(2501)}»" https://api.hubapi.com/crm/v3/objects/contacts`],
        negative: ['pat-na1-1234', `pat-xx9-${fakeUuid(2502)}`],
      },
    },
    {
      id: 'hubspot-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'medium',
      confidence: 'medium',
      lengths: [36],
      pattern: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})$/,
      context: { words: ['hubspot', 'hapikey'], strict: true },
      examples: {
        positive: [`HUBSPOT_API_KEY=«${fakeUuid(2503).toUpperCase()}»`, `https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«${fakeUuid(2504)}»`],
        negative: [`hubspot portal id ${fakeUuid(2505)}`, `HUBSPOT_API_KEY=${fakeUuid(2506).slice(0, 30)}`],
      },
    },
  ],
});
