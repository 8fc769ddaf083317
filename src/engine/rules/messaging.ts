// Messaging and email. Webhook URLs let anyone post as the owner; Telegram and Discord bot
// tokens have no vendor prefix and are reported only with their provider named nearby.

import { decodeBase64Url } from '../base64';
import { bounded, type Rule } from './rule';
import { ALNUM, HEX, URLSAFE, fake } from './sample';

const DIGITS = '0123456789';

export const MESSAGING_RULES: Rule[] = [
  {
    id: 'slack-token',
    provider: 'slack',
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
    provider: 'slack',
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
  {
    id: 'discord-webhook',
    provider: 'discord',
    kind: 'webhook',
    severity: 'medium',
    confidence: 'high',
    keywords: ['/api/webhooks/'],
    keywordsAnywhere: true,
    pattern: bounded('https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}'),
    prefix: /^https:\/\/[a-z.]+\/api\/webhooks\/[0-9]+\//,
    examples: {
      positive: [`«https://discord.com/api/webhooks/${fake(DIGITS, 18, 81)}/${fake(URLSAFE, 68, 82)}»`],
      negative: ['https://discord.com/api/webhooks/123/abc'],
    },
  },
  {
    id: 'discord-bot-token',
    provider: 'discord',
    kind: 'token',
    severity: 'high',
    confidence: 'medium',
    // The first part: a 24–26 character run starting M, N or O and followed by a dot.
    runTrigger: { min: 24, max: 26, test: (t, s, e) => 'MNO'.includes(t[s] as string) && t[e] === '.' },
    pattern: bounded('[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}'),
    // The first part is the bot's user id (a numeric snowflake) in base64: proof enough alone.
    context: { words: ['discord'], prose: true, selfEvident: (v) => /^[0-9]{17,20}$/.test(decodeBase64Url(v.slice(0, v.indexOf('.'))) ?? '') },
    validate: (v) => /[0-9]/.test(v) && /[a-z]/.test(v),
    examples: {
      positive: [
        `DISCORD_BOT_TOKEN=«M${fake(URLSAFE, 25, 83)}.${fake(URLSAFE, 6, 84)}.${fake(URLSAFE, 38, 85)}»`,
        `which token do you use? mine is «M${fake(URLSAFE, 25, 86)}.${fake(URLSAFE, 6, 87)}.${fake(URLSAFE, 38, 88)}»`,
        // base64url('123456789012345678') is the id part.
        `bot.login('«MTIzNDU2Nzg5MDEyMzQ1Njc4.${fake(URLSAFE, 6, 89)}.${fake(URLSAFE, 38, 90)}»')`,
      ],
      negative: [`version M${fake(URLSAFE, 25, 83)}.${fake(URLSAFE, 6, 84)}.${fake(URLSAFE, 38, 85)}`],
    },
  },
  {
    id: 'telegram-bot-token',
    provider: 'telegram',
    kind: 'token',
    severity: 'high',
    confidence: 'medium',
    runTrigger: { min: 35, max: Infinity, test: (t, s) => t[s - 1] === ':' && t.startsWith('AA', s) },
    pattern: new RegExp('(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])', 'g'),
    prefix: /^[0-9]+:AA/,
    context: { words: ['telegram', 'bot', 'tg'], label: true },
    examples: {
      positive: [`{"key": "bot_token", "value": "«${fake(DIGITS, 10, 90)}:AA${fake(URLSAFE, 33, 91)}»"}`, `https://api.telegram.org/bot«${fake(DIGITS, 10, 86)}:AA${fake(URLSAFE, 33, 87)}»/getMe`, `TOKEN = "«${fake(DIGITS, 9, 88)}:AA${fake(URLSAFE, 33, 89)}»"`],
      negative: [`time ${fake(DIGITS, 9, 88)}:AA${fake(URLSAFE, 33, 89)}`],
    },
  },
  {
    id: 'sendgrid-api-key',
    provider: 'sendgrid',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    runTrigger: { min: 22, max: 22, test: (t, s) => t.startsWith('SG.', s - 3) },
    pattern: bounded('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
    prefix: /^SG\./,
    examples: { positive: [`SENDGRID_API_KEY=«SG.${fake(URLSAFE, 22, 90)}.${fake(URLSAFE, 43, 91)}»`], negative: ['SG.short.x'] },
  },
  {
    id: 'twilio-api-key',
    provider: 'twilio',
    kind: 'secret',
    severity: 'high',
    confidence: 'high',
    pattern: /^SK[0-9a-f]{32}$/,
    shapeLengths: [34],
    prefix: /^SK/,
    examples: { positive: [`TWILIO_API_KEY=«SK${fake(HEX, 32, 92)}»`], negative: [`SK${fake(HEX, 31, 92)}`] },
  },
  {
    id: 'twilio-account-sid',
    provider: 'twilio',
    kind: 'identifier',
    severity: 'info',
    confidence: 'high',
    pattern: /^AC[0-9a-f]{32}$/,
    shapeLengths: [34],
    prefix: /^AC/,
    examples: { positive: [`accountSid = '«AC${fake(HEX, 32, 93)}»'`], negative: [`AC${fake(HEX, 32, 93)}`] },
  },
  {
    id: 'mailgun-api-key',
    provider: 'mailgun',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    pattern: /^key-[0-9a-f]{32}$/,
    shapeLengths: [36],
    prefix: /^key-/,
    examples: { positive: [`MAILGUN_API_KEY=«key-${fake(HEX, 32, 94)}»`], negative: ['key-value-store', `monkey-${fake(HEX, 32, 94)}`] },
  },
  {
    id: 'mailchimp-api-key',
    provider: 'mailchimp',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    pattern: /^[0-9a-f]{32}-us[0-9]{1,2}$/,
    shapeLengths: [36, 37],
    examples: { positive: [`«${fake(HEX, 32, 95)}-us14»`], negative: [`${fake(HEX, 32, 95)}-usa`] },
  },
  {
    id: 'brevo-api-key',
    provider: 'brevo',
    kind: 'token',
    severity: 'high',
    confidence: 'high',
    keywords: ['xkeysib-'],
    pattern: bounded('xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}'),
    prefix: /^xkeysib-/,
    examples: { positive: [`«xkeysib-${fake(HEX, 64, 96)}-${fake(ALNUM, 16, 97)}»`], negative: ['xkeysib-123'] },
  },
];
