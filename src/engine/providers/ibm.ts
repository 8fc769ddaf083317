// IBM Cloud: API keys are 44 base64url characters with no prefix; an IBM Cloud name and a
// key-ish label are needed ('ibm' alone is too short to look for inside other values).

import { looksRandom } from '../filters';
import { defineProvider } from '../rules/define';
import { URLSAFE, fake } from '../rules/sample';

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
      context: { words: ['ibmcloud', 'ibm_cloud', 'ibm-cloud', 'ibm_api_key', 'ibmcloud_api_key', 'cloud.ibm.com', 'iam.cloud.ibm.com'], strict: true },
      examples: {
        positive: [`IBMCLOUD_API_KEY=«${fake(URLSAFE, 44, 2970)}»`, `curl -X POST https://iam.cloud.ibm.com/identity/token -d "grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=«${fake(URLSAFE, 44, 2971)}»"`],
        negative: [`ibm cloud request ${fake(URLSAFE, 44, 2972)}`, `IBMCLOUD_API_KEY=${fake(URLSAFE, 40, 2973)}`],
      },
    },
  ],
});
