// Bytes a page handed over without putting them in a message (platform handOverBlob): a Blob
// (Firefox), or a blob: URL of one the page made (Chromium), which never reaches the network.

/** The Blob behind `body`; undefined when its URL was revoked meanwhile (the page went away). */
export async function blobOf(body: string | Blob): Promise<Blob | undefined> {
  try {
    return typeof body === 'string' ? await (await fetch(body)).blob() : body;
  } catch {
    return undefined;
  }
}

/** The bytes of `body`, if there are at most `max`; undefined when it is gone. */
export async function bytesOf(body: string | Blob, max: number): Promise<ArrayBuffer | undefined> {
  const blob = await blobOf(body);
  return blob && blob.size <= max ? await blob.arrayBuffer() : undefined;
}
