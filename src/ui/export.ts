// Findings as a file for a report or a ticket: JSON and CSV. Pure. Only what storage already holds
// goes in (redacted previews, labels, page origin + path, times): never a value, never a
// fingerprint (salted per install, it means nothing elsewhere), never a URL's query or fragment.
import { isAlert, type Kind, type Severity } from '../engine/types';
import { distinctFindings } from '../shared/findings';
import type { AllowedValue, Dismissal, TabState } from '../shared/storage';

export type ExportStatus = 'exposed' | 'not-counted' | 'dismissed-rotated' | 'dismissed-not-a-secret' | 'allowed-everywhere';

export interface ExportRow {
  /** Origin and path of the page (no query, no fragment); '' for keys judged in the past. */
  page: string;
  provider: string;
  /** The engine's slug, or a custom rule's provider label. */
  providerId: string;
  kind: Kind | '';
  severity: Severity | '';
  status: ExportStatus;
  /** Where on the page (text, code, form-field…); '' for keys judged in the past. */
  where: string;
  redacted: string;
  /** ISO 8601: first seen on the page, or when dismissed or allowed; '' when not known. */
  when: string;
}

/** Display name of a provider slug or label. */
export type ProviderName = (slug: string) => string;

const iso = (at: number | undefined): string => (at !== undefined && at > 0 ? new Date(at).toISOString() : '');

/** One row per distinct key per page; keys the user judged (dismissed, allowed) are left out. */
export function tabRows(tabs: readonly TabState[], providerName: ProviderName, isJudged: (fingerprint: string) => boolean): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const tab of tabs) {
    for (const f of distinctFindings(tab.findings)) {
      if (isJudged(f.fingerprint)) continue;
      rows.push({
        page: tab.page,
        provider: providerName(f.provider),
        providerId: f.provider,
        kind: f.kind,
        severity: f.severity,
        status: isAlert(f) ? 'exposed' : 'not-counted',
        where: f.where,
        redacted: f.redacted,
        when: iso(f.at),
      });
    }
  }
  return rows;
}

/** The keys the user dismissed or allowed everywhere, one row each (no page: they hold for all). */
export function judgedRows(
  dismissed: Readonly<Record<string, Dismissal>>,
  allowed: Readonly<Record<string, AllowedValue>>,
  providerName: ProviderName,
): ExportRow[] {
  const row = (entry: AllowedValue, status: ExportStatus): ExportRow => ({
    page: '',
    provider: providerName(entry.provider),
    providerId: entry.provider,
    kind: entry.kind ?? '',
    severity: entry.severity ?? '',
    status,
    where: '',
    redacted: entry.redacted,
    when: iso(entry.at),
  });
  return [
    ...Object.values(dismissed).map((d) => row(d, d.reason === 'rotated' ? 'dismissed-rotated' : 'dismissed-not-a-secret')),
    ...Object.values(allowed).map((a) => row(a, 'allowed-everywhere')),
  ];
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'page', 'provider', 'providerId', 'kind', 'severity', 'status', 'where', 'redacted', 'when',
];

export interface ExportMeta {
  /** What the file covers: one tab, or everything the extension holds. */
  scope: 'tab' | 'all';
  generatedAt: number;
  version: string;
}

export function toJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  const doc = {
    tool: 'Keywarden',
    version: meta.version,
    scope: meta.scope,
    generatedAt: iso(meta.generatedAt),
    findings: rows.map((r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, r[c]]))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180), and a leading
 * = + - @ tab or CR neutralised with an apostrophe so a spreadsheet never runs it as a formula
 * (a private key's preview starts with "-----BEGIN").
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(','), ...rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name: keywarden-findings-<what>-<date>.<ext>, with nothing but [a-z0-9.-] from `what`. */
export function exportFileName(what: string, at: number, ext: 'json' | 'csv'): string {
  const label = what.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60) || 'all';
  return `keywarden-findings-${label}-${new Date(at).toISOString().slice(0, 10)}.${ext}`;
}
