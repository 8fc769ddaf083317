// SARIF 2.1.0 output (one run), the format code-scanning services such as GitHub's read.
// Columns are UTF-16 code units, like the engine's spans; endColumn is one past the last character.
import type { Finding, Severity } from '../../engine/types';
import type { LocatedFinding } from '../read';
import type { Reporter, Write } from './report';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

// GitHub code scanning ranks security results by this 0–10 score.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0',
};

export interface SarifOptions {
  version: string;
  /** Display name for a provider slug (e.g. 'kraken' → 'Kraken'). */
  providerName: (slug: string) => string;
  /** Artifact URI for a scanned path (relative to the working directory when possible). */
  uriFor: (path: string) => string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; provider: string; kind: string };
}

function ruleFor(f: Finding, providerName: string): SarifRule {
  return {
    id: f.rule,
    name: f.rule.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: `${providerName} ${f.kind} exposed` },
    help: {
      text: `A ${providerName} ${f.kind} appears in this file. If it is live, revoke it at the provider ` +
        'and replace it; removing it from the file alone does not help once it has been shared.',
    },
    defaultConfiguration: { level: sarifLevel(f.severity) },
    properties: {
      tags: ['security', 'secret', f.provider],
      'security-severity': SECURITY_SEVERITY[f.severity],
      provider: f.provider,
      kind: f.kind,
    },
  };
}

export function sarifReporter(write: Write, options: SarifOptions): Reporter {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];

  return {
    file(path, findings) {
      for (const f of findings) {
        let index = ruleIndex.get(f.rule);
        if (index === undefined) {
          index = rules.push(ruleFor(f, options.providerName(f.provider))) - 1;
          ruleIndex.set(f.rule, index);
        }
        results.push(resultFor(f, index, options.uriFor(path), options.providerName(f.provider)));
      }
    },
    finish() {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'keywarden', version: options.version, semanticVersion: options.version, rules } },
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      };
      write(JSON.stringify(log, null, 2) + '\n');
    },
  };
}

function resultFor(f: LocatedFinding, ruleIndex: number, uri: string, providerName: string): unknown {
  const what = f.example ? 'documentation example of a' : f.notCounted ? `${f.notCounted}` : 'exposed';
  // A QR finding's offsets are into the decoded payload, not the image file: no text region.
  const region = f.source === 'qr' ? undefined : {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    charOffset: f.start,
    charLength: f.end - f.start,
    snippet: { text: f.redacted },
  };
  return {
    ruleId: f.rule,
    ruleIndex,
    level: f.example || f.severity === 'info' ? 'note' : sarifLevel(f.severity),
    message: { text: `${providerName} ${f.namedFor ? `named for ${f.namedFor}` : f.kind} (${what}): ${f.redacted}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          ...(region ? { region } : {}),
        },
      },
    ],
    partialFingerprints: { 'keywardenFingerprint/v1': f.fingerprint },
    properties: {
      provider: f.provider,
      kind: f.kind,
      severity: f.severity,
      confidence: f.confidence,
      example: f.example,
      source: f.source,
      ...(f.notCounted ? { notCounted: f.notCounted } : {}),
      ...(f.namedFor ? { namedFor: f.namedFor } : {}),
    },
  };
}
