// The options page's export: everything Keywarden holds, redacted. Per-tab findings live in
// storage.session (memory only), so "all findings" is the keys found in the tabs open now, plus
// every key dismissed or allowed everywhere (storage.local); a closed tab's findings are gone.
import { byId } from '../shared/dom';
import { judgedRows, tabRows } from '../ui/export';
import { saveExport } from '../ui/export-files';
import { providerInfo } from '../ui/providers';
import { readAllTabStates, readLocal } from '../ui/store';

export function wireExportAll(): void {
  for (const format of ['json', 'csv'] as const) {
    byId(`export-all-${format}`).addEventListener('click', async () => {
      const [local, tabs] = await Promise.all([readLocal(), readAllTabStates()]);
      const name = (slug: string) => providerInfo(slug).name;
      const judged = (fp: string) => Object.hasOwn(local.dismissed, fp) || Object.hasOwn(local.allowed, fp);
      const rows = [...tabRows([...tabs.values()], name, judged), ...judgedRows(local.dismissed, local.allowed, name)];
      saveExport(rows, format, 'all', 'all');
    });
  }
}
