// The one script of ours that runs in the page's own world (document_start, before any page
// script). Open shadow roots are invisible to a document-wide query, and finding them by asking
// every element costs a wrapper per element; so attachShadow itself announces each open root by
// an empty event on its host, and the content script reads the root from the host. Nothing is
// exposed to the page: no data, no function of the extension, and closed roots stay unannounced.
import { SHADOW_EVENT } from './shadow-event';

const proto = Element.prototype;
const descriptor = Object.getOwnPropertyDescriptor(proto, 'attachShadow');
const attach = descriptor?.value as ((this: Element, init: ShadowRootInit) => ShadowRoot) | undefined;
if (descriptor && typeof attach === 'function') {
  Object.defineProperty(proto, 'attachShadow', {
    ...descriptor,
    value: function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attach.call(this, init);
      // composed: the announcement reaches the document from inside other open roots too.
      if (root.mode === 'open') this.dispatchEvent(new Event(SHADOW_EVENT, { composed: true }));
      return root;
    },
  });
}
