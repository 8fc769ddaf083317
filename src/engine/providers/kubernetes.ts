// Kubernetes Secrets: a manifest of kind Secret carries its values base64-encoded under data:
// (or plain under stringData:). A value is reported when its name says it is a credential
// (password, token, key…) and, for data:, it decodes to printable text; other entries (usernames,
// hosts, ports) and templated or stand-in values are left alone.

import { decodePrintableBase64 } from '../base64';
import type { RawMatch } from '../rules/rule';
import { isStandIn } from '../rules/common';
import { defineProvider } from '../rules/define';
import { ALNUM, base64Ascii, fake } from '../rules/sample';

// What follows "kind:" at the start of a line in a Secret manifest.
const SECRET_KIND = /^[ \t]*(["']?)Secret\1[ \t]*(?:\r?\n|$)/;
// A top-level data: or stringData: line, then the block of indented entries under it.
const BLOCK = /^(data|stringData):[ \t]*\n((?:[ \t][^\n]*(?:\n|$))+)/gm;
const ENTRY = /^[ \t]+([\w.-]{1,64}):[ \t]*(["']?)([^\s"']{8,512})\2[ \t]*$/gm;
const SECRET_NAME = /pass|pwd|secret|token|key|cred|auth/i;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

// How far a manifest is read either side of its kind: line (certificates aside, Secrets are short).
const WINDOW = 4000;

/** The YAML document (between '---' lines) around `at`, at most WINDOW characters either side. */
function documentAround(text: string, at: number): [number, number] {
  const lo = Math.max(0, at - WINDOW);
  const before = text.slice(lo, at).lastIndexOf('\n---');
  const after = text.slice(at, at + WINDOW).indexOf('\n---');
  return [before < 0 ? lo : lo + before + 4, after < 0 ? Math.min(text.length, at + WINDOW) : at + after];
}

/** Each credential value of every Secret manifest in `text`. */
function secretValues(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  let done = 0;
  // indexOf, not a /^kind:/m regex over the whole text: scripts say kind: often, never at a line start.
  for (let at = text.indexOf('kind:'); at >= 0; at = text.indexOf('kind:', at + 5)) {
    if ((at > 0 && text[at - 1] !== '\n') || at < done || !SECRET_KIND.test(text.slice(at + 5, at + 40))) continue;
    const [from, to] = documentAround(text, at);
    done = to; // later kinds in this document were read with it
    const doc = text.slice(from, to);
    for (const block of doc.matchAll(BLOCK)) {
      const encoded = block[1] === 'data';
      const bodyAt = from + block.index + block[0].length - (block[2] as string).length;
      for (const entry of (block[2] as string).matchAll(ENTRY)) {
        const [line, name, , value] = entry as unknown as [string, string, string, string];
        if (!SECRET_NAME.test(name)) continue;
        const plain = encoded ? (BASE64.test(value) ? decodePrintableBase64(value) : null) : value;
        if (plain === null || plain.trim().length < 8 || isStandIn(plain.trim())) continue;
        const start = bodyAt + entry.index + line.lastIndexOf(value);
        out.push({ value, start, end: start + value.length });
      }
    }
  }
  return out;
}

const manifest = (entries: string, block = 'data'): string =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\n${block}:\n${entries}`;

export default defineProvider({
  slug: 'kubernetes',
  name: 'Kubernetes Secret',
  category: 'cloud',
  credentialType: true,
  domains: [],
  noKeysUrl: 'A Secret holds another service\'s credential: rotate it where it was issued, then update the Secret in the cluster.',
  canDo: 'Whatever the stored credential allows: database passwords, API tokens and signing keys are kept in Secrets.',
  rules: [
    {
      id: 'kubernetes-secret-value',
      match: 'collector',
      kind: 'secret',
      severity: 'high',
      confidence: 'medium',
      fallback: true,
      keywords: ['kind:'],
      collect: secretValues,
      examples: {
        positive: [
          manifest(`  username: ${base64Ascii('orders')}\n  password: «${base64Ascii(fake(ALNUM, 20, 2870))}»\n`),
          manifest(`  DB_HOST: cG9zdGdyZXM=\n  API_TOKEN: "«${base64Ascii(fake(ALNUM, 32, 2871))}»"\n`),
          `---\nkind: "Secret"\napiVersion: v1\nmetadata:\n  name: worker\nstringData:\n  signing-key: «${fake(ALNUM, 40, 2872)}»\n`,
        ],
        negative: [
          manifest(`  password: ${base64Ascii('changeme')}\n`),
          manifest(`  password: "{{ .Values.dbPassword | b64enc }}"\n`),
          manifest(`  hostname: ${base64Ascii(`db-${fake(ALNUM, 12, 2873)}.internal`)}\n`),
          `kind: ConfigMap\ndata:\n  password: ${base64Ascii(fake(ALNUM, 20, 2874))}\n`,
        ],
      },
    },
  ],
});
