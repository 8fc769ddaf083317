// Connection strings of hosted databases (scheme://user:password@host): the password is the secret,
// and the host says whose database it is (MongoDB Atlas, Neon, CockroachDB, Aiven, Upstash, Redis
// Cloud, AWS RDS and Redshift, CloudAMQP, DigitalOcean and Azure managed databases). URLs to other
// hosts (localhost, examples) are not reported. One rule for all, selected by its schemes'
// "scheme://" literals (the prefilter's one automaton pass finds them; every web URL has '://', few
// scripts have a database URL).

import type { RawMatch, Verdict } from '../rules/rule';
import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, DIGITS, fake } from '../rules/sample';

const SCHEMES = new Set(['mongodb', 'mongodb+srv', 'postgres', 'postgresql', 'redis', 'rediss', 'mysql', 'amqp', 'amqps', 'valkey', 'cockroachdb']);
// Host suffix → the provider that hosts it (null: named only by this credential type).
const HOSTS: ReadonlyArray<readonly [string, string | null]> = [
  ['.mongodb.net', 'mongodb'],
  ['.neon.tech', 'neon'],
  ['.cockroachlabs.cloud', 'cockroachdb'],
  ['.aivencloud.com', 'aiven'],
  ['.upstash.io', 'upstash'],
  ['.redis-cloud.com', null],
  ['.redislabs.com', null],
  // AWS RDS / Aurora and Redshift endpoints (<name>.<id>.<region>.rds|redshift.amazonaws.com).
  ['.rds.amazonaws.com', null],
  ['.redshift.amazonaws.com', null],
  // CloudAMQP, hosted RabbitMQ (amqps://user:password@<name>.rmq.cloudamqp.com/vhost).
  ['.cloudamqp.com', null],
  // DigitalOcean Managed Databases (<name>-do-user-<n>-0.<x>.db.ondigitalocean.com:25060).
  ['.db.ondigitalocean.com', null],
  // Azure Cache for Redis (<name>.redis.cache.windows.net), its Enterprise tier
  // (<name>.<region>.redisenterprise.cache.azure.net), Azure Managed Redis
  // (<name>.<region>.redis.azure.net) and Azure Database for PostgreSQL / MySQL
  // (<name>.postgres|mysql.database.azure.com); Redis URLs there carry the access key as the
  // password, with no user (redis://:key@host).
  ['.redis.cache.windows.net', null],
  ['.redisenterprise.cache.azure.net', null],
  ['.redis.azure.net', null],
  ['.postgres.database.azure.com', null],
  ['.mysql.database.azure.com', null],
];
const USERINFO = /^([^\s:@/"'<>]{0,64}):([^\s:@/"'<>]{6,128})@([A-Za-z0-9.-]{1,200})/;

function hostProvider(host: string): string | null | undefined {
  const h = host.toLowerCase();
  return HOSTS.find(([suffix]) => h.endsWith(suffix))?.[1];
}

const isSchemeChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43;

/** True when an '@' ends the authority that starts at `from` (before '/', a quote or a space). */
function hasUserinfo(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 200);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 64) return true; // @
    if (c === 47 || c === 34 || c === 39 || c <= 32 || c === 60 || c === 62) return false; // / " ' space < >
  }
  return false;
}

/** Each password of a hosted-database URL in `text`. */
function passwords(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    // Most URLs have no user:password@ (the authority ends at '/' first): no copy for those.
    if (!hasUserinfo(text, i + 3)) continue;
    let s = i;
    while (s > 0 && i - s < 12 && isSchemeChar(text.charCodeAt(s - 1))) s--;
    if (!SCHEMES.has(text.slice(s, i).toLowerCase())) continue;
    const m = USERINFO.exec(text.slice(i + 3, i + 400));
    if (m === null || hostProvider(m[3] as string) === undefined) continue;
    const start = i + 3 + (m[1] as string).length + 1;
    out.push({ value: m[2] as string, start, end: start + (m[2] as string).length });
  }
  return out;
}

const VARIANTS: Record<string, string> = {
  mongodb: 'database-url-mongodb-atlas',
  neon: 'database-url-neon',
  cockroachdb: 'database-url-cockroachdb',
  aiven: 'database-url-aiven',
  upstash: 'database-url-upstash',
};

export default defineProvider({
  slug: 'database-url',
  name: 'Database connection string',
  category: 'cloud',
  credentialType: true,
  domains: [],
  noKeysUrl: 'The password belongs to a database user: change it in the console of the service that hosts the database.',
  canDo: 'Read, change and delete the database\'s data as that user.',
  rules: [
    {
      id: 'database-url-password',
      match: 'collector',
      kind: 'secret',
      severity: 'critical',
      confidence: 'high',
      keywords: [...SCHEMES].map((scheme) => `${scheme}://`),
      collect: passwords,
      validate: (v) => !isStandIn(v),
      variants: Object.values(VARIANTS),
      classify: (h): Verdict => {
        const host = /^@([A-Za-z0-9.-]{1,200})/.exec(h.text.slice(h.end, h.end + 201));
        const provider = host ? hostProvider(host[1] as string) : null;
        return provider ? { provider, rule: VARIANTS[provider] } : {};
      },
      examples: {
        positive: [
          `MONGODB_URI=mongodb+srv://app:«${fake(ALNUM, 16, 2981)}»@cluster0.${fake('abcdefghijklmnopqrstuvwxyz0123456789', 5, 2985)}.mongodb.net/shop?retryWrites=true&w=majority`,
          `DATABASE_URL=postgresql://neondb_owner:«npg_${fake(ALNUM, 12, 2188)}»@ep-${fake('abcdefghijklmnopqrstuvwxyz', 6, 2189)}-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require`,
          `REDIS_URL=rediss://default:«A${fake(ALNUM, 59, 2990)}»@fond-jaguar-${fake(DIGITS, 5, 2991)}.upstash.io:6379`,
          `r = redis.from_url("redis://default:«${fake(ALNUM, 32, 2173)}»@redis-${fake(DIGITS, 5, 2994)}.c1.us-east-1-2.ec2.redns.redis-cloud.com:${fake(DIGITS, 5, 2995)}")`,
          `url: postgres://avnadmin:«AVNS_${fake(ALNUM, 19, 2182)}»@pg-${fake(DIGITS, 6, 2183)}-acme.aivencloud.com:17234/defaultdb?sslmode=require`,
          `DATABASE_URL=postgresql://app:«${fake(ALNUM, 22, 2179)}»@free-tier14.aws-us-east-1.cockroachlabs.cloud:26257/defaultdb`,
          `WAREHOUSE_URL=postgres://etl:«${fake(ALNUM, 14, 7301)}»@analytics.${fake('abcdefghijklmnopqrstuvwxyz0123456789', 12, 7302)}.eu-west-1.redshift.amazonaws.com:5439/dev`,
          `DB=mysql://admin:«${fake(ALNUM, 20, 7303)}»@orders.${fake('abcdefghijklmnopqrstuvwxyz0123456789', 12, 7304)}.us-east-2.rds.amazonaws.com:3306/orders`,
          `DATABASE_URL=postgresql://doadmin:«AVNS_${fake(ALNUM, 22, 8615)}»@db-postgresql-nyc1-${fake(DIGITS, 5, 8616)}-do-user-${fake(DIGITS, 7, 8617)}-0.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require`,
          `CACHE_URL=rediss://:«${fake(ALNUM, 43, 8618)}=»@shop-cache.redis.cache.windows.net:6380/0`,
          `CLOUDAMQP_URL=amqps://${fake('abcdefghijklmnopqrstuvwxyz', 8, 7305)}:«${fake(ALNUM, 32, 7306)}»@hawk.rmq.cloudamqp.com/${fake('abcdefghijklmnopqrstuvwxyz', 8, 7305)}`,
        ],
        negative: [
          'mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/',
          'mongodb+srv://myUser:myPassword@cluster0.abcde.mongodb.net/test',
          'redis://default:********@fond-jaguar-12345.upstash.io:6379',
          `mongodb://app:${fake(ALNUM, 16, 2984)}@localhost:27017/shop`,
          `https://user:${fake(ALNUM, 16, 2983)}@cluster0.abcde.mongodb.net/`,
        ],
      },
    },
  ],
});
