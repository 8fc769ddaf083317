// ~18 MB of other people's minified bundles, CSS and docs: the engine must raise no alert on them.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlert, scan } from '../../src/engine/index';
import { thirdPartyFiles } from '../corpus/third-party';

describe('third-party web assets', () => {
  it('raise zero alerts', async () => {
    const files = await thirdPartyFiles();
    expect(files.length).toBeGreaterThan(20);
    const alerts: string[] = [];
    for (const file of files) {
      const text = await readFile(file.path, 'utf8');
      for (const f of scan(text).filter(isAlert)) {
        alerts.push(`${relative(process.cwd(), file.path)}: ${f.rule} ${f.severity} ${f.redacted}`);
      }
    }
    expect(alerts).toEqual([]);
  }, 120_000);
});
