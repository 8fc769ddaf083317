// Slack: bot, user, app-level and refresh tokens; webhook URLs let anyone post into a channel.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, HEX, fake } from '../rules/sample';

export default defineProvider({
  slug: 'slack',
  name: 'Slack',
  category: 'messaging',
  domains: ['slack.com'],
  keysUrl: 'https://api.slack.com/apps',
  canDo: 'Read and post messages in the workspace as the app or user; webhooks post into a channel.',
  badge: '#611f69',
  rules: [
    {
      id: 'slack-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxe-', 'xoxs-', 'xapp-'],
      pattern: bounded('xox[bparse]-[0-9]{6,16}-[A-Za-z0-9-]{8,250}|xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9-]{40,250}|xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[a-f0-9]{32,80}'),
      prefix: /^(?:xox[a-z]-|xoxe\.xox[bp]-|xapp-)/,
      validate: (v) => /[0-9]/.test(v.slice(5)) && /[a-zA-Z]/.test(v.slice(5)),
      examples: {
        positive: [
          `SLACK_BOT_TOKEN=«xoxb-${fake(DIGITS, 12, 71)}-${fake(DIGITS, 13, 72)}-${fake(ALNUM, 24, 73)}»`,
          `«xoxp-${fake(DIGITS, 12, 74)}-${fake(DIGITS, 12, 75)}-${fake(DIGITS, 13, 76)}-${fake(HEX, 32, 77)}»`,
        ],
        negative: ['xoxb-123', 'xoxb-your-token-here'],
      },
    },
    {
      id: 'slack-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['hooks.slack.com/'],
      pattern: bounded('https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{20,200}'),
      prefix: /^https:\/\/hooks\.slack\.com\/[a-z]+\//,
      validate: (v) => /\/[A-Za-z0-9]{20,}$/.test(v),
      examples: {
        positive: [`webhook_url: «https://hooks.slack.com/services/T${fake(ALNUM.toUpperCase(), 8, 78)}/B${fake(ALNUM.toUpperCase(), 10, 79)}/${fake(ALNUM, 24, 80)}»`],
        negative: ['https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://api.slack.com/messaging/webhooks'],
      },
    },
  ],
});
