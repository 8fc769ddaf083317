// Redis Cloud: URLs to *.redis-cloud.com (and the older *.redislabs.com) carry the database
// password.

import { defineProvider } from '../rules/define';
import { urlPassword } from '../rules/url-password';
import { ALNUM, DIGITS, fake } from '../rules/sample';

export default defineProvider({
  slug: 'redis',
  name: 'Redis Cloud',
  category: 'cloud',
  domains: ['redis.io', 'app.redislabs.com', 'redis-cloud.com'],
  keysUrl: 'https://app.redislabs.com/',
  canDo: 'Read, overwrite and flush the database as that user.',
  rules: [
    urlPassword('redis-cloud-password', 'rediss?', ['.redis-cloud.com', '.redislabs.com'], {
      positive: [
        `REDIS_URL=redis://default:«${fake(ALNUM, 32, 2173)}»@redis-${fake(DIGITS, 5, 2994)}.c1.us-east-1-2.ec2.redns.redis-cloud.com:${fake(DIGITS, 5, 2995)}`,
        `r = redis.from_url("rediss://app:«${fake(ALNUM, 24, 2996)}»@redis-${fake(DIGITS, 5, 2997)}.c8.us-east-1-4.ec2.cloud.redislabs.com:${fake(DIGITS, 5, 2998)}")`,
      ],
      negative: ['redis://default:<password>@redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com:12345', `redis://default:${fake(ALNUM, 32, 2999)}@localhost:6379`],
    }),
  ],
});
