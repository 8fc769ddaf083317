// Amazon Web Services: key ids carry a type prefix (AKIA long-term, ASIA temporary…); secrets
// have none and need the word aws (or the SDK's secretAccessKey name) or a key id nearby.
// AppSync API keys (da2-) call a GraphQL API; in an Amplify web config they ship to browsers.
// Amazon Bedrock API keys (docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html):
// long-term keys are ABSK + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>" (the decoded
// form as public code shows it; gitleaks' aws-amazon-bedrock-api-key-long-lived has the same
// ABSKQmVkcm9ja0FQSUtleS opening); short-term keys are bedrock-api-key- + base64 of a SigV4
// presigned bedrock.amazonaws.com URL, valid until X-Amz-Date + X-Amz-Expires (12 hours at most).

import { base64Latin1 } from '../base64';
import { looksLikeWords, looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { B64, DIGITS, LOWER_ALNUM, base64Ascii, fake, fakeBase64 } from '../rules/sample';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const akia = `AKIA${fake(B32, 16, 101)}`;
const secret = fake(B64, 40, 102);

const bedrockLong = (seed: number): string =>
  `ABSK${base64Ascii(`BedrockAPIKey-${fake(LOWER_ALNUM, 4, seed)}-at-${fake(DIGITS, 12, seed + 1)}:${fakeBase64(32, seed + 2)}`)}`;
const bedrockShort = (date: string, seed: number): string =>
  `bedrock-api-key-${base64Ascii(
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, seed)}%2F${date.slice(0, 8)}%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=${date}&X-Amz-Expires=43200&X-Amz-Security-Token=${fake(B64, 120, seed + 1)}&X-Amz-Signature=${fake('0123456789abcdef', 64, seed + 2)}&X-Amz-SignedHeaders=host&Version=1`,
  )}`;

/** When a presigned Bedrock URL stops working (ms), or NaN when it does not say. */
function bedrockExpiry(url: string): number {
  const d = /X-Amz-Date=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(url);
  const e = /X-Amz-Expires=(\d{1,6})(?!\d)/.exec(url);
  if (!d || !e) return NaN;
  return Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +d[4]!, +d[5]!, +d[6]!) + Number(e[1]) * 1000;
}

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
      // Not 40 characters of words: AWS's own API models and docs are full of shape names and
      // paths of that length (ExportEC2InstanceRecommendationsResponse, com/autoscaling/ec2/…).
      validate: (v) => looksRandom(v) && !looksLikeWords(v),
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
          '{"shape": "DescribeWidgetFleetPlacementGroup2Result"} // Amazon Widgets API model',
          'See https://docs.aws.amazon.com/widgets/newest/guide/CreatingFleets2.html',
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
    {
      id: 'aws-bedrock-api-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['ABSKQmVkcm9ja0FQSUtleS'],
      pattern: bounded('ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,240}={0,2}'),
      prefix: /^ABSK/,
      validate: (v) => /^BedrockAPIKey-[A-Za-z0-9]{2,12}-at-\d{12}:[A-Za-z0-9+/]{20,120}={0,2}$/.test(base64Latin1(v.slice(4))),
      examples: {
        positive: [`AWS_BEARER_TOKEN_BEDROCK=«${bedrockLong(9110)}»`, `client = boto3.client("bedrock-runtime")  # key: «${bedrockLong(9113)}»`],
        negative: [`ABSKQmVkcm9ja0FQSUtleS${fake(B64, 90, 9116)}`, 'ABSKQmVkcm9ja0FQSUtleS0...'],
      },
    },
    {
      id: 'aws-bedrock-short-term-key',
      match: 'keyword',
      kind: 'token',
      severity: 'high',
      confidence: 'high',
      keywords: ['bedrock-api-key-'],
      pattern: bounded('bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2}'),
      prefix: /^bedrock-api-key-/,
      validate: (v) => base64Latin1(v.slice(16)).includes('X-Amz-Credential='),
      // Presigned: past X-Amz-Date + X-Amz-Expires it opens nothing.
      classify: (h) => (bedrockExpiry(base64Latin1(h.value.slice(16))) <= (h.options.now ?? Date.now()) ? { notCounted: 'expired' } : {}),
      examples: {
        positive: [`AWS_BEARER_TOKEN_BEDROCK=«${bedrockShort('20990105T101500Z', 9117)}»`],
        negative: [`AWS_BEARER_TOKEN_BEDROCK=${bedrockShort('20250105T101500Z', 9120)}`, 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
      },
    },
  ],
});
