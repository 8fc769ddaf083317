// What a page handed over (platform handOverBlob, textBody): script files' bytes as a Blob
// (Firefox) or a blob: URL of one the page made (Chromium, never reaching the network); first reads'
// text as one Blob (Firefox) or the strings themselves (Chromium).

/** The Blob behind `body`; undefined when its URL was revoked meanwhile (the page went away). */
export async function blobOf(body: string | Blob): Promise<Blob | undefined> {
  try {
    return typeof body === 'string' ? await (await fetch(body)).blob() : body;
  } catch {
    return undefined;
  }
}

/**
 * The chunks of a page:chunks body cut at `lengths` (checked by isChunks: strings of those lengths,
 * or a Blob of at most three bytes per character); undefined when the Blob's text is not as long
 * as the page said or cannot be read.
 */
export async function chunkTexts(body: string[] | Blob, lengths: readonly number[]): Promise<string[] | undefined> {
  if (Array.isArray(body)) return body;
  const bytes = await body.arrayBuffer().catch(() => undefined);
  if (!bytes) return undefined;
  const text = new TextDecoder().decode(bytes);
  const chunks: string[] = [];
  let at = 0;
  for (const n of lengths) chunks.push(text.slice(at, (at += n)));
  return at === text.length ? chunks : undefined;
}
