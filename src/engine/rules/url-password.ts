// Service URLs that carry a password (scheme://user:password@host): a hosted database's host name
// says whose it is, and the password is the secret. The span reported is the password alone.

import type { Examples, KeywordRule } from './rule';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

// Words that documentation and tutorials put where the password goes.
const STAND_IN = /^(?:my|your|the)?_?(?:pass(?:word|wd)?|secret|admin|root|user(?:name)?|mongo(?:db)?|redis|postgres|default|guest|demo|test|changeme|dbpass)[0-9!._-]*$/i;

/**
 * A rule for passwords in URLs whose host ends in one of `hosts` (e.g. '.mongodb.net'); the host
 * suffix is the literal the prefilter looks for. `schemes` is a regex alternation.
 */
export function urlPassword(id: string, schemes: string, hosts: readonly string[], examples: Examples): Omit<KeywordRule, 'provider'> {
  const host = hosts.map(escape).join('|');
  return {
    id, match: 'keyword', kind: 'secret', severity: 'critical', confidence: 'high',
    keywords: hosts,
    pattern: new RegExp(`(?<![A-Za-z0-9+.-])(?:${schemes})://[^\\s:@/"'<>]{1,64}:([^\\s:@/"'<>]{6,128})@[A-Za-z0-9.-]{1,200}(?:${host})(?![A-Za-z0-9-])`, 'g'),
    validate: (v) => !STAND_IN.test(v),
    examples,
  };
}
