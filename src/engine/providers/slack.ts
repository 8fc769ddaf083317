// Slack: bot, user, app-level and rotating tokens; app configuration refresh tokens (xoxe-1-),
// which mint new configuration tokens; the retired workspace-app tokens (xoxa-, refreshed with
// xoxr-); webhook URLs let anyone post into a channel.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, DIGITS, HEX, fake } from '../rules/sample';

/** After the five-character type (xoxb-), real tokens mix digits and letters; names do not. */
const mixesDigitsAndLetters = (v: string): boolean => /[0-9]/.test(v.slice(5)) && /[a-zA-Z]/.test(v.slice(5));

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
      keywords: ['xoxb-', 'xoxp-', 'xoxe-', 'xoxs-', 'xapp-'],
      pattern: bounded('xox[bpse]-[0-9]{6,16}-[A-Za-z0-9-]{8,250}|xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9-]{40,250}|xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[a-f0-9]{32,80}'),
      prefix: /^(?:xox[a-z]-|xoxe\.xox[bp]-|xapp-)/,
      validate: mixesDigitsAndLetters,
      examples: {
        positive: [
          `SLACK_BOT_TOKEN=«xoxb-${fake(DIGITS, 12, 71)}-${fake(DIGITS, 13, 72)}-${fake(ALNUM, 24, 73)}»`,
          `«xoxp-${fake(DIGITS, 12, 74)}-${fake(DIGITS, 12, 75)}-${fake(DIGITS, 13, 76)}-${fake(HEX, 32, 77)}»`,
        ],
        negative: ['xoxb-123', 'xoxb-your-token-here'],
      },
    },
    {
      id: 'slack-config-refresh-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['xoxe-'],
      pattern: bounded('xoxe-[0-9]-[A-Za-z0-9]{100,250}'),
      prefix: /^xoxe-[0-9]-/,
      validate: mixesDigitsAndLetters,
      examples: {
        positive: [
          `SLACK_CONFIG_REFRESH_TOKEN=«xoxe-1-${fake(ALNUM, 146, 3922)}»`,
          `{"ok": true, "token": "xoxe.xoxp-1-...", "refresh_token": "«xoxe-1-${fake(ALNUM, 150, 3923)}»"}`,
          `client.tooling_tokens_rotate(refresh_token="«xoxe-1-${fake(ALNUM, 140, 3924)}»")`,
        ],
        negative: ['"refresh_token": "xoxe-1-abcdefg"', `xoxe-1-${fake(ALNUM, 60, 3925)}`, `xoxe-12-${fake(ALNUM, 146, 3926)}`],
      },
    },
    {
      // The web client's session: xoxc- (team, user and session numbers, then 64 hex) works only
      // with the browser's `d` cookie, xoxd- (URL-encoded base64, 100+ characters). Together they
      // act as the signed-in user. Formats: Kingfisher's slack.yml and Betterleaks' slack.go
      // (session token and cookie rules); Slack Engineering, "Catching compromised cookies".
      id: 'slack-session-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['xoxc-', 'xoxd-'],
      pattern: bounded('xoxc-[0-9]{9,15}-[0-9]{9,15}-[0-9]{9,15}-[a-f0-9]{64}|xoxd-[A-Za-z0-9%/+_-]{100,400}={0,2}'),
      prefix: /^xox[cd]-/,
      validate: mixesDigitsAndLetters,
      examples: {
        positive: [
          `SLACK_XOXC=«xoxc-${fake(DIGITS, 10, 8600)}-${fake(DIGITS, 13, 8601)}-${fake(DIGITS, 13, 8602)}-${fake(HEX, 64, 8603)}»`,
          `curl -H "Cookie: d=«xoxd-${fake(ALNUM, 40, 8604)}%2F${fake(ALNUM, 50, 8605)}%2B${fake(ALNUM, 60, 8606)}%3D»" https://slack.com/api/auth.test`,
        ],
        negative: ['slack auth add --xoxc xoxc-... --xoxd xoxd-...', `xoxd-${fake(ALNUM, 40, 8607)}`, `xoxc-${fake(DIGITS, 10, 8608)}-${fake(HEX, 64, 8609)}`],
      },
    },
    {
      id: 'slack-legacy-workspace-token',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['xoxa-', 'xoxr-'],
      pattern: bounded('xox[ar]-[A-Za-z0-9][A-Za-z0-9-]{7,250}'),
      prefix: /^xox[ar]-/,
      validate: mixesDigitsAndLetters,
      examples: {
        positive: [
          `SLACK_WORKSPACE_TOKEN=«xoxa-2-${fake(ALNUM, 40, 3927)}»`,
          `{"access_token": "«xoxa-${fake(DIGITS, 12, 3928)}-${fake(DIGITS, 12, 3929)}-${fake(HEX, 32, 3930)}»", "token_type": "app"}`,
          `slack:\n  refresh_token: «xoxr-${fake(ALNUM, 36, 3931)}»`,
        ],
        negative: ['xoxa-12345678', 'token = "xoxr-refreshtoken"', `xoxa-${fake(ALNUM, 6, 3932)}`],
      },
    },
    {
      id: 'slack-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['hooks.slack.com/'],
      // Pasted URLs also come as http:// or without a scheme; the path alone posts.
      pattern: bounded('(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{20,200}'),
      prefix: /^(?:https?:\/\/)?hooks\.slack\.com\/[a-z]+\//,
      validate: (v) => /\/[A-Za-z0-9]{20,}$/.test(v),
      examples: {
        positive: [
          `webhook_url: «https://hooks.slack.com/services/T${fake(ALNUM.toUpperCase(), 8, 78)}/B${fake(ALNUM.toUpperCase(), 10, 79)}/${fake(ALNUM, 24, 80)}»`,
          `SLACK_WEBHOOK=«http://hooks.slack.com/services/T${fake(ALNUM.toUpperCase(), 10, 4194)}/B${fake(ALNUM.toUpperCase(), 10, 4195)}/${fake(ALNUM, 24, 4196)}»`,
          `post to «hooks.slack.com/workflows/T${fake(ALNUM.toUpperCase(), 10, 4197)}/A${fake(ALNUM.toUpperCase(), 10, 4198)}/${fake(DIGITS, 18, 4199)}/${fake(ALNUM, 24, 4200)}»`,
        ],
        negative: ['https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://api.slack.com/messaging/webhooks'],
      },
    },
  ],
});
