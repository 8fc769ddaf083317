// Our UI inside a page (the notice, the paste warning): a host element marked as ours, above the
// page, with a closed shadow root (page scripts cannot reach in, page CSS cannot style it). Styles
// come from a constructed stylesheet the root adopts: page CSPs that forbid inline styles block a
// <style> element in Firefox but not this, in either browser (the e2e strict-CSP page checks both).
import { OWN_ATTRIBUTE } from './dom';

/** One sheet per kind of UI, shared by every root of that kind in this frame. */
const sheets = new Map<string, CSSStyleSheet>();

export function ownUi(tag: string, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(OWN_ATTRIBUTE, name);
  // The host box lives in the page's DOM: important inline declarations (CSSOM, which CSPs allow)
  // keep page CSS off it.
  for (const [property, value] of [['all', 'initial'], ['position', 'fixed'], ['z-index', '2147483647'], ['display', 'block']]) {
    host.style.setProperty(property!, value!, 'important');
  }
  const root = host.attachShadow({ mode: 'closed' });
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(name, sheet);
  }
  root.adoptedStyleSheets = [sheet];
  return { host, root };
}
