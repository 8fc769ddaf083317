// Display names for provider slugs, for output read by people (SARIF rule text): the one fallback
// the extension uses too.
import { PROVIDERS } from '../engine/index';
import { providerName as nameOf } from '../shared/labels';

export const providerName = (slug: string): string => nameOf(slug, PROVIDERS);
