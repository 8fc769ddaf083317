// Display names for provider slugs, for output read by people (SARIF rule text).
import { PROVIDERS } from '../engine/index';

export function providerName(slug: string): string {
  return PROVIDERS[slug]?.name ?? slug;
}
