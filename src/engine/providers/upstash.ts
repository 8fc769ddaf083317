// Upstash: Redis URLs to *.upstash.io carry the database password.

import { defineProvider } from '../rules/define';
import { urlPassword } from '../rules/url-password';
import { ALNUM, DIGITS, fake } from '../rules/sample';

export default defineProvider({
  slug: 'upstash',
  name: 'Upstash',
  category: 'cloud',
  domains: ['upstash.com', 'console.upstash.com', 'upstash.io'],
  keysUrl: 'https://console.upstash.com/',
  canDo: 'Read, overwrite and flush the Redis database.',
  rules: [
    urlPassword('upstash-redis-password', 'rediss?', ['.upstash.io'], {
      positive: [
        `REDIS_URL=rediss://default:«A${fake(ALNUM, 59, 2990)}»@fond-jaguar-${fake(DIGITS, 5, 2991)}.upstash.io:6379`,
        `redis = Redis.from_url("redis://default:«${fake(ALNUM, 32, 2992)}»@us1-merry-cat-${fake(DIGITS, 5, 2993)}.upstash.io:6379")`,
      ],
      negative: ['rediss://default:********@fond-jaguar-12345.upstash.io:6379', 'redis://default:password@eu1-fine-cod-12345.upstash.io:6379'],
    }),
  ],
});
