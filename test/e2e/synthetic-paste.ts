// A paste as the browser performs it, run inside the page (or frame): a paste event carrying the
// data on the field, then, unless a handler cancelled it, the insertion itself through
// execCommand('insertText'), which fires beforeinput/input like a real paste. For drivers that
// cannot reach the system clipboard (Firefox over BiDi, cross-origin frames):
//   await page.evaluate(pasteInPage, { selector: '#ta', text });
export function pasteInPage({ selector, text }: { selector: string; text: string }): void {
  const field = document.querySelector(selector) as HTMLElement;
  field.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
    document.execCommand('insertText', false, text);
  }
}
