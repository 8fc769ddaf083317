// The popup's export: this tab's findings (what the popup shows: exposed keys and those not
// counted), redacted, as JSON or CSV. Kept apart from the findings list: one hook in index.ts.
import { byId } from '../shared/dom';
import type { AllowedValues, Dismissals, TabState } from '../shared/storage';
import { tabRows, type ExportRow } from '../ui/export';
import { saveExport, type ExportFormat } from '../ui/export-files';
import { providerInfo } from '../ui/providers';

export interface ExportSource {
  state: TabState | undefined;
  dismissed: Dismissals;
  allowed: AllowedValues;
}

function rows({ state, dismissed, allowed }: ExportSource): ExportRow[] {
  if (!state) return [];
  return tabRows([state], (slug) => providerInfo(slug).name, (fp) => Object.hasOwn(dismissed, fp) || Object.hasOwn(allowed, fp));
}

/** Wires the two buttons once; `source` is read at each click, so the file holds what is shown then. */
export function wireExport(source: () => ExportSource): void {
  for (const format of ['json', 'csv'] as const satisfies readonly ExportFormat[]) {
    byId(`export-${format}`).addEventListener('click', () => {
      const current = source();
      if (current.state) saveExport(rows(current), format, 'tab', current.state.host);
    });
  }
}

/** Shown only when the tab has something to export. */
export function renderExport(source: ExportSource): void {
  byId('export').hidden = rows(source).length === 0;
}
