// Every provider Keywarden knows: one file each in ./providers/, facts beside rules (see
// rules/define.ts), listed in ./providers/index.ts. Rule order lives in ./rules/index.ts.

import * as FILES from './providers/index';
import type { ProviderDef } from './rules/define';
import type { Provider } from './types';

/** Every provider, sorted by slug (not by the bundler's order of exports). */
export const CATALOG: readonly ProviderDef[] = Object.values(FILES).sort((a, b) => (a.slug < b.slug ? -1 : 1));

export const PROVIDERS: Record<string, Provider> = Object.fromEntries(
  CATALOG.map(({ slug, name, category, domains, keysUrl, noKeysUrl, credentialType, canDo, keysPath, badge }) => [
    slug,
    {
      slug, name, category, domains, canDo,
      ...(keysUrl && { keysUrl }), ...(keysPath && { keysPath }), ...(badge && { badge }),
      ...(credentialType && noKeysUrl && { replaceHow: noKeysUrl }),
    },
  ]),
);
