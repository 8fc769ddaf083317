// IBM Cloud: API keys are 44 base64url characters with no prefix; an IBM Cloud name and a
// key-ish name are needed. 'ibm' counts as a whole word (IBM_API_KEY, "IBM-API-KEY":), IAM_API_KEY
// names it, and so do the names of IBM's service credentials JSON, whose key sits in "apikey" beside
// "iam_apikey_description" and "iam_serviceid_crn" (cloud.ibm.com/docs/account?topic=account-service_credentials).
//
// Older IBM services keep their own credential shapes (the same facts detect-secrets' IBM plugins
// match on, github.com/Yelp/detect-secrets, detect_secrets/plugins/):
// - Cloud Object Storage HMAC credentials: "cos_hmac_keys": {"access_key_id": 32 hex,
//   "secret_access_key": 48 hex} (cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main).
//   AWS's secret access key under the same name is 40 base64 characters, so 48 hex there is IBM's.
// - SoftLayer (IBM Cloud classic infrastructure) API keys: 64 hex, read by the SoftLayer CLI and
//   Python client from SL_API_KEY (softlayer-python's configuration docs) or a softlayer name.
// - Cloudant legacy credentials: a 64-hex password or a 24-letter API key in the service URL,
//   https://<account>:<password>@<account>.cloudant.com (or .cloudantnosqldb.appdomain.cloud).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { HEX, URLSAFE, fake } from '../rules/sample';

/** Hex key material: both letters and digits, no long run of one character. */
const randomHex = (v: string): boolean => /[a-f]/.test(v) && /[0-9]/.test(v) && !/(.)\1{5}/.test(v);

export default defineProvider({
  slug: 'ibm',
  name: 'IBM Cloud',
  category: 'cloud',
  domains: ['ibm.com', 'cloud.ibm.com'],
  keysUrl: 'https://cloud.ibm.com/iam/apikeys',
  canDo: 'Act as the user or service ID on IBM Cloud: manage resources and read data, by its IAM access.',
  rules: [
    {
      id: 'ibm-cloud-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [44],
      pattern: /^[A-Za-z0-9_-]{44}$/,
      validate: looksRandom,
      context: {
        words: ['ibm', 'ibmcloud', 'ibm_cloud', 'ibm-cloud', 'ibm_api_key', 'ibmcloud_api_key', 'cloud.ibm.com', 'iam.cloud.ibm.com', 'iam_api_key', 'iam_apikey', 'iam_serviceid_crn'],
        strict: true,
      },
      examples: {
        positive: [
          `IBMCLOUD_API_KEY=«${fake(URLSAFE, 44, 2970)}»`,
          `curl -X POST https://iam.cloud.ibm.com/identity/token -d "grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=«${fake(URLSAFE, 44, 2971)}»"`,
          `IBM_API_KEY: "«${fake(URLSAFE, 44, 2974)}»"`,
          `{\n  "apikey": "«${fake(URLSAFE, 44, 2975)}»",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/${fake(HEX, 32, 2976)}",\n  "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/${fake(HEX, 32, 2977)}::serviceid:ServiceId-${fake(HEX, 8, 2978)}"\n}`,
        ],
        negative: [`ibm cloud request ${fake(URLSAFE, 44, 2972)}`, `IBMCLOUD_API_KEY=${fake(URLSAFE, 40, 2973)}`, `IBM_API_KEY=${'abcd1234'.repeat(5)}ABCD`],
      },
    },
    {
      id: 'ibm-cos-hmac-secret',
      match: 'shape',
      kind: 'secret',
      severity: 'critical',
      confidence: 'medium',
      lengths: [48],
      pattern: /^[0-9a-f]{48}$/,
      validate: randomHex,
      context: { words: ['ibm', 'cos', 'coshmac', 'ibmcos', 'cos_hmac_keys', 'cloud-object-storage'], names: ['secret_access_key'], strict: true },
      examples: {
        positive: [
          `"cos_hmac_keys": {\n  "access_key_id": "${fake(HEX, 32, 2979)}",\n  "secret_access_key": "«${fake(HEX, 48, 2980)}»"\n}`,
          `IBM_COS_SECRET_ACCESS_KEY=«${fake(HEX, 48, 2981)}»`,
          `ibm_cos_secret_key = "«${fake(HEX, 48, 2982)}»"`,
        ],
        negative: [
          `cos digest: ${fake(HEX, 48, 2983)}`,
          `IBM_COS_SECRET_ACCESS_KEY=${fake(HEX, 40, 2984)}`,
          `cos_hmac_signature = "${fake(HEX, 48, 2996)}"`,
          `checksum = "${fake(HEX, 48, 2985)}"`,
        ],
      },
    },
    {
      id: 'softlayer-api-key',
      match: 'shape',
      kind: 'token',
      severity: 'critical',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[0-9a-f]{64}$/,
      validate: randomHex,
      context: { words: ['softlayer'], names: ['sl_api_key'], strict: true },
      examples: {
        positive: [
          `export SL_USERNAME=ops@example.com\nexport SL_API_KEY=«${fake(HEX, 64, 2986)}»`,
          `[softlayer]\nusername = ops\napi_key = «${fake(HEX, 64, 2987)}»\nendpoint_url = https://api.softlayer.com/xmlrpc/v3.1/`,
          `softlayer_api_key: "«${fake(HEX, 64, 2988)}»"`,
        ],
        negative: [`softlayer image sha256: ${fake(HEX, 64, 2989)}`, `SOFTLAYER_API_KEY=${fake(HEX, 40, 2990)}`],
      },
    },
    {
      id: 'cloudant-legacy-password',
      match: 'shape',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      lengths: [64],
      pattern: /^[0-9a-f]{64}$/,
      validate: randomHex,
      context: { words: ['cloudant'], strict: true },
      examples: {
        positive: [`CLOUDANT_PASSWORD='«${fake(HEX, 64, 2991)}»'`],
        negative: [`cloudant revision ${fake(HEX, 64, 2992)}`],
      },
    },
    {
      id: 'cloudant-url-credential',
      match: 'keyword',
      kind: 'secret',
      severity: 'high',
      confidence: 'high',
      keywords: ['.cloudant.com', '.cloudantnosqldb.appdomain.cloud'],
      anywhere: true,
      pattern:
        /(?<![A-Za-z0-9+.-])https?:\/\/[A-Za-z0-9_-]{1,64}:([0-9a-f]{64}|[a-z]{24})@[A-Za-z0-9_-]{1,64}\.(?:cloudant\.com|cloudantnosqldb\.appdomain\.cloud)(?![A-Za-z0-9-])/g,
      examples: {
        positive: [
          `"url": "https://acme-bluemix:«${fake(HEX, 64, 2993)}»@acme-bluemix.cloudantnosqldb.appdomain.cloud"`,
          `COUCH_URL=https://acme:«${fake('abcdefghijklmnopqrstuvwxyz', 24, 2994)}»@acme.cloudant.com/orders`,
        ],
        negative: ['https://acme.cloudant.com/_all_dbs', `https://acme:${fake(HEX, 64, 2995)}.cloudant.com`],
      },
    },
  ],
});
