// Amazon Web Services: key ids carry a type prefix (AKIA long-term, ASIA temporary…); secrets
// have none and need the word aws (or the SDK's secretAccessKey name) or a key id nearby.
// AppSync API keys (da2-) call a GraphQL API; in an Amplify web config they ship to browsers.

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { B64, LOWER_ALNUM, fake } from '../rules/sample';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const akia = `AKIA${fake(B32, 16, 101)}`;
const secret = fake(B64, 40, 102);

export default defineProvider({
  slug: 'aws',
  name: 'Amazon Web Services',
  category: 'cloud',
  domains: ['aws.amazon.com', 'amazonaws.com'],
  keysUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
  canDo: 'Act as the IAM user: anything its policies allow, often including starting paid resources and reading data.',
  badge: '#8a4b00',
  rules: [
    {
      id: 'aws-access-key-id',
      match: 'keyword',
      kind: 'public',
      severity: 'medium',
      confidence: 'high',
      keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
      pattern: bounded('(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}'),
      prefix: /^A[A-Z]{3}/,
      pair: { group: 'aws', role: 'public' },
      examples: {
        positive: [`aws_access_key_id = «${akia}»`],
        negative: ['AKIAIOSFODNN7EXAMPLE', `${akia}X`, 'AKIAxxxxxxxxxxxxxxxx'],
      },
    },
    {
      id: 'aws-secret-access-key',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [40],
      pattern: /^[A-Za-z0-9+/]{40}$/,
      validate: looksRandom,
      context: { words: ['aws', 'amazon', 'secretaccesskey', 'secret_access_key'], pair: true },
      pair: { group: 'aws', role: 'secret' },
      examples: {
        positive: [
          `aws_secret_access_key = «${secret}»`,
          `{ accessKeyId: "${akia}", secretAccessKey: "«${secret}»" }`,
          `${akia}\n«${secret}»`,
        ],
        negative: [
          secret,
          'aws commit da39a3ee5e6b4b0d3255bfef95601890afd80709',
          'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        ],
      },
    },
    {
      id: 'aws-appsync-api-key',
      match: 'run',
      kind: 'token',
      severity: 'medium',
      confidence: 'high',
      // A run of exactly 30 opening da2- (as a token opener, 'da' would send every dataset… run to a regex).
      run: { min: 30, max: 30, test: (t, s) => t.startsWith('da2-', s) },
      pattern: bounded('da2-[a-z0-9]{26}'),
      prefix: /^da2-/,
      validate: (v) => /[0-9]/.test(v.slice(4)) && /[a-z]/.test(v.slice(4)),
      classify: (h) => (h.near(['aws_appsync_graphqlendpoint', 'aws_appsync_authenticationtype', 'amplify']) ? { notCounted: 'public-by-design' } : {}),
      examples: {
        positive: [`curl -H "x-api-key: «da2-${fake(LOWER_ALNUM, 26, 1142)}»" https://abc.appsync-api.eu-west-1.amazonaws.com/graphql`],
        negative: [
          `const awsconfig = { aws_appsync_graphqlEndpoint: "https://abc.appsync-api.us-east-1.amazonaws.com/graphql", aws_appsync_apiKey: "da2-${fake(LOWER_ALNUM, 26, 1143)}" };`,
          'da2-short',
        ],
      },
    },
  ],
});
