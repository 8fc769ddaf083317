// Recognisable, never usable: the literal prefix, a few characters from each end, and nothing
// else. At most 25% of the secret body and at most 8 body characters are revealed, in two
// pieces of at most 4, so no 5-character piece of the body ever appears in a preview.

const PEM_HEADER = /^-----BEGIN [A-Z0-9 ]{0,40}-----/;

/**
 * Preview of `value`. `prefixLength` characters at the start are public structure (ghp_,
 * sk_live_, AKIA, https://hooks.slack.com/services/) and are shown as is.
 */
export function redact(value: string, prefixLength = 0): string {
  const pem = PEM_HEADER.exec(value);
  if (pem) return `${pem[0]} …`;
  const prefix = value.slice(0, prefixLength);
  const body = value.slice(prefixLength);
  const reveal = Math.min(8, Math.floor(body.length / 4));
  const head = Math.min(4, Math.ceil(reveal / 2));
  const tail = Math.min(4, reveal - head);
  return `${prefix}${body.slice(0, head)}…${tail > 0 ? body.slice(body.length - tail) : ''}`;
}
