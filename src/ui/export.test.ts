// Exports hold what storage holds and nothing more: redacted previews, labels, page origin and
// path, times. Keys go through the real engine (built-in and custom rules) and the worker's own
// conversion to stored findings, and no 5-character piece of any key body is in either file.
import { describe, expect, it } from 'vitest';
import { classify } from '../background/classify';
import { emptyState } from '../background/state';
import { compileRuleSet } from '../engine/custom';
import { fakeKeys, keyBody, keyFragmentsIn } from '../../test/support/keys';
import { pageKey } from '../shared/hosts';
import type { TabState } from '../shared/storage';
import { csvCell, exportFileName, judgedRows, tabRows, toCsv, toJson } from './export';

const fake = fakeKeys(1601);

const name = (slug: string) => slug.toUpperCase();
const never = () => false;

function tabWith(text: string, url: string): TabState {
  const { compiled } = compileRuleSet({ rules: [{ id: 'acme', provider: 'acme', pattern: '\\bacme_[A-Za-z0-9]{24}\\b', severity: 'high', kind: 'token' }] });
  const findings = classify([{ text, where: 'code' }], { salt: 's', includeGeneric: true, host: new URL(url).hostname, title: '', inFrame: false, custom: compiled, url })
    .map((f) => ({ ...f, at: Date.UTC(2026, 10, 28, 12) }));
  return { ...emptyState(pageKey(url)!, 0), findings };
}

describe('export', () => {
  it('holds no key fragment, no fingerprint and no query string, in JSON and CSV', () => {
    const kraken = fake.krakenPair();
    const keys = [fake.githubToken(), fake.stripeSecretKey(), kraken.apiKey, kraken.privateKey, `acme_${keyBody(fake.githubToken()).slice(0, 24)}`];
    const text = `GITHUB_TOKEN=${keys[0]}\nstripe: ${keys[1]}\nKraken API key ${keys[2]}\nKraken private key ${keys[3]}\ninternal ${keys[4]}\npassword = "Tr0ub4dor&3-horse-staple-92"`;
    const tab = tabWith(text, `https://paste.example/p/1?token=${keys[0]}#${keys[1]}`);
    expect(tab.findings.length).toBeGreaterThanOrEqual(5);
    const rows = tabRows([tab], name, never);
    const files = [toJson(rows, { scope: 'tab', generatedAt: 0, version: '1' }), toCsv(rows)];
    for (const file of files) {
      expect(keyFragmentsIn(file, keys.map((k) => keyBody(k).replace(/^acme_/, '')), 5)).toEqual([]);
      expect(keyFragmentsIn(file, ['Tr0ub4dor&3-horse-staple-92'], 5)).toEqual([]);
      for (const f of tab.findings) expect(file).not.toContain(f.fingerprint.slice(0, 16));
      expect(file).not.toContain('?token');
    }
    expect(rows.map((r) => r.providerId)).toEqual(expect.arrayContaining(['github', 'stripe', 'kraken', 'acme']));
    expect(rows.every((r) => r.page === 'https://paste.example/p/1' && r.when === '2026-11-28T12:00:00.000Z')).toBe(true);
  });

  it('one row per key per page; judged keys are left out of pages and listed once each', () => {
    const key = fake.githubToken();
    const tab = tabWith(`${key} and again ${key}`, 'https://a.example/');
    const fp = tab.findings[0]!.fingerprint;
    expect(tabRows([tab], name, never)).toHaveLength(1);
    expect(tabRows([tab], name, (f) => f === fp)).toHaveLength(0);
    const judged = judgedRows(
      { [fp]: { redacted: 'ghp_…x', provider: 'github', reason: 'rotated', at: 0, kind: 'token', severity: 'critical' } },
      { other: { redacted: 'sk_live_…y', provider: 'stripe', at: Date.UTC(2026, 0, 2) } },
      name,
    );
    expect(judged).toEqual([
      { page: '', provider: 'GITHUB', providerId: 'github', kind: 'token', severity: 'critical', status: 'dismissed-rotated', where: '', redacted: 'ghp_…x', when: '' },
      { page: '', provider: 'STRIPE', providerId: 'stripe', kind: '', severity: '', status: 'allowed-everywhere', where: '', redacted: 'sk_live_…y', when: '2026-01-02T00:00:00.000Z' },
    ]);
  });

  it('CSV cells are quoted when needed and never start a spreadsheet formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-----BEGIN RSA PRIVATE KEY----- …')).toBe("'-----BEGIN RSA PRIVATE KEY----- …");
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(toCsv([]).split('\r\n')[0]).toBe('page,provider,providerId,kind,severity,status,where,redacted,when');
  });

  it('file names carry only a safe label and the date', () => {
    expect(exportFileName('Paste.Example', Date.UTC(2026, 10, 28), 'csv')).toBe('keywarden-findings-paste.example-2026-11-28.csv');
    expect(exportFileName('../../etc', 0, 'json')).toBe('keywarden-findings-etc-1970-01-01.json');
    expect(exportFileName('', 0, 'json')).toBe('keywarden-findings-all-1970-01-01.json');
  });
});
