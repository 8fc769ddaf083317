// Prefect Cloud: API keys are pnu_ and 36 alphanumerics.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, fake } from '../rules/sample';

export default defineProvider({
  slug: 'prefect',
  name: 'Prefect',
  category: 'cloud',
  domains: ['prefect.io'],
  keysUrl: 'https://app.prefect.cloud/my/api-keys',
  canDo: 'Run and change the workspace\'s flows and deployments and read their blocks (which hold other credentials).',
  rules: [simpleToken('prefect-api-token', 'pnu_', 'pnu_[A-Za-z0-9]{36}', `pnu_${fake(ALNUM, 36, 3090)}`)],
});
