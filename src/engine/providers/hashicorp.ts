// Terraform Cloud (HashiCorp): user, team and organisation tokens carry .atlasv1. in the middle.

import { defineProvider } from '../rules/define';
import { bounded } from '../rules/rule';
import { ALNUM, URLSAFE, fake } from '../rules/sample';

export default defineProvider({
  slug: 'hashicorp',
  name: 'Terraform Cloud',
  category: 'cloud',
  domains: ['terraform.io', 'hashicorp.com', 'app.terraform.io'],
  keysUrl: 'https://app.terraform.io/app/settings/tokens',
  canDo: 'Read state and variables and queue runs that change infrastructure.',
  rules: [
    {
      id: 'terraform-cloud-token',
      match: 'keyword',
      kind: 'token',
      severity: 'critical',
      confidence: 'high',
      keywords: ['.atlasv1.'],
      pattern: bounded('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
      examples: { positive: [`token = "«${fake(ALNUM, 14, 120)}.atlasv1.${fake(URLSAFE, 67, 121)}»"`], negative: ['x.atlasv1.y'] },
    },
  ],
});
