/**
 * The event the main-world hook fires on a host when an open shadow root is attached to it. It
 * carries no data; any page can fire it too, which only makes the content script read a root that
 * is open to the page anyway.
 */
export const SHADOW_EVENT = 'keywarden:shadow-root';
