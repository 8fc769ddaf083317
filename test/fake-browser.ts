// In-memory WebExtension APIs for unit tests (aliased in place of webextension-polyfill).
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
export { fakeBrowser };
