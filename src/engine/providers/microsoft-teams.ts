// Microsoft Teams incoming webhooks: anyone holding the URL can post into the channel. The path
// carries the team and tenant GUIDs, a 32-hex id and the connector GUID; newer URLs add one
// more segment.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { HEX, URLSAFE, fake, fakeUuid } from '../rules/sample';

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export default defineProvider({
  slug: 'microsoft-teams',
  name: 'Microsoft Teams',
  category: 'messaging',
  domains: ['microsoft.com', 'office.com'],
  noKeysUrl: 'Each webhook belongs to a channel: remove it under the channel\'s Connectors (or Workflows) and create a new one.',
  canDo: 'Post messages, links and cards into the channel as the webhook.',
  rules: [
    {
      id: 'microsoft-teams-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['webhook.office.com/webhookb2/', 'outlook.office.com/webhook/'],
      pattern: bounded(
        `https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${GUID}@${GUID}/IncomingWebhook/[0-9a-f]{32}/${GUID}(?:/[A-Za-z0-9_-]{20,100})?`,
      ),
      prefix: /^https:\/\/[^/]+\//,
      examples: {
        positive: [
          `TEAMS_WEBHOOK_URL=«https://contoso.webhook.office.com/webhookb2/${fakeUuid(3030)}@${fakeUuid(3031)}/IncomingWebhook/${fake(HEX, 32, 3032)}/${fakeUuid(3033)}»`,
          `curl -H 'Content-Type: application/json' -d '{"text":"deployed"}' «https://acme.webhook.office.com/webhookb2/${fakeUuid(3034)}@${fakeUuid(3035)}/IncomingWebhook/${fake(HEX, 32, 3036)}/${fakeUuid(3037)}/V2${fake(URLSAFE, 40, 3038)}»`,
        ],
        negative: ['https://contoso.webhook.office.com/webhookb2/', `https://contoso.webhook.office.com/webhookb2/${fakeUuid(3039)}/IncomingWebhook/`],
      },
    },
  ],
});
