// Hugging Face: user tokens are hf_ and 34 letters; organisation tokens api_org_.

import { simpleToken } from '../rules/common';
import { defineProvider } from '../rules/define';
import { fake } from '../rules/sample';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export default defineProvider({
  slug: 'huggingface',
  name: 'Hugging Face',
  category: 'ai',
  domains: ['huggingface.co'],
  keysUrl: 'https://huggingface.co/settings/tokens',
  canDo: 'Read private models and datasets; with write access, change them.',
  rules: [
    {
      ...simpleToken('huggingface-token', 'hf_', 'hf_[A-Za-z]{34}|api_org_[A-Za-z]{34}', `hf_${fake(LETTERS, 34, 44)}`),
      keywords: ['hf_', 'api_org_'],
      prefix: /^(?:hf_|api_org_)/,
    },
  ],
});
