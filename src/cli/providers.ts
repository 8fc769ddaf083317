// Display names for provider slugs, for output that is read by people (SARIF rule text).
export function providerName(slug: string): string {
  return slug;
}
