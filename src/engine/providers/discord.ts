// Discord: webhook URLs post into a channel; bot tokens have no vendor prefix, but their first
// part is the bot's user id (a numeric snowflake) in base64, which proves them offline. An
// application's OAuth2 client secret is 32 characters with no prefix; its interactions public key
// (64 hex) is public by design, and so is its client id (a snowflake, left out: it is an id).
// Both need Discord named and a key-ish name.

import { decodeBase64Url } from '../base64';
import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { DIGITS, HEX, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'discord',
  name: 'Discord',
  category: 'messaging',
  domains: ['discord.com', 'discordapp.com'],
  keysUrl: 'https://discord.com/developers/applications',
  canDo: 'Control the bot in every server it joined; webhooks post into a channel.',
  rules: [
    {
      id: 'discord-webhook',
      match: 'keyword',
      kind: 'webhook',
      severity: 'medium',
      confidence: 'high',
      keywords: ['/api/webhooks/'],
      anywhere: true,
      pattern: bounded('https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}'),
      prefix: /^https:\/\/[a-z.]+\/api\/webhooks\/[0-9]+\//,
      examples: {
        positive: [`«https://discord.com/api/webhooks/${fake(DIGITS, 18, 81)}/${fake(URLSAFE, 68, 82)}»`],
        negative: ['https://discord.com/api/webhooks/123/abc'],
      },
    },
    {
      id: 'discord-bot-token',
      match: 'run',
      kind: 'token',
      severity: 'high',
      confidence: 'medium',
      // The first part: a 24–26 character run starting M, N or O and followed by a dot.
      run: { min: 24, max: 26, test: (t, s, e) => 'MNO'.includes(t[s] as string) && t[e] === '.' },
      pattern: bounded('[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}'),
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
      id: 'discord-client-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [32],
      pattern: /^[A-Za-z0-9_-]{32}$/,
      validate: (v) => looksRandom(v.replace(/[_-]/g, '')),
      context: { words: ['discord'], strict: true },
      examples: {
        positive: [
          `DISCORD_CLIENT_SECRET=«${fake(URLSAFE, 32, 4130)}»`,
          `discord:\n  client_id: "${fake(DIGITS, 18, 4131)}"\n  client_secret: "«${fake(URLSAFE, 32, 4132)}»"`,
        ],
        negative: [`discord invite ${fake(URLSAFE, 32, 4133)}`, `CLIENT_SECRET=${fake(URLSAFE, 32, 4134)}`, `DISCORD_CLIENT_SECRET=${fake(URLSAFE, 31, 4135)}`],
      },
    },
    {
      id: 'discord-public-key',
      match: 'shape',
      kind: 'public',
      severity: 'info',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[a-f0-9]{64}$/,
      validate: (v) => /[0-9]/.test(v) && /[a-f]/.test(v),
      context: { words: ['discord'], strict: true },
      classify: () => ({ notCounted: 'public-by-design' }),
      examples: {
        positive: [`DISCORD_PUBLIC_KEY=«${fake(HEX, 64, 4138)}»`],
        negative: [`discord sha256 ${fake(HEX, 64, 4139)}`],
      },
    },
  ],
});
