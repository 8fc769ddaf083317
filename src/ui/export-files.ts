// Saving export rows as JSON or CSV from a button (popup and options share it).
import { extensionVersion } from '../platform';
import { saveFile } from './download';
import { exportFileName, toCsv, toJson, type ExportMeta, type ExportRow } from './export';

export type ExportFormat = 'json' | 'csv';

export function saveExport(rows: readonly ExportRow[], format: ExportFormat, scope: ExportMeta['scope'], label: string): void {
  const now = Date.now();
  const name = exportFileName(label, now, format);
  if (format === 'json') saveFile(name, toJson(rows, { scope, generatedAt: now, version: extensionVersion() }), 'application/json');
  else saveFile(name, toCsv(rows), 'text/csv');
}
