// Bytes a page handed over without putting them in a message (platform handOverBlob): a Blob
// (Firefox), or a blob: URL of one the page made (Chromium), which never reaches the network.

/** The bytes of `body`, if there are at most `max`; undefined when revoked meanwhile (the page went away). */
export async function bytesOf(body: string | Blob, max: number): Promise<ArrayBuffer | undefined> {
  try {
    const blob = typeof body === 'string' ? await (await fetch(body)).blob() : body;
    return blob.size <= max ? await blob.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}
