// The paste guard's fields (src/content/paste-guard/fields.ts) on real inputs, textareas and
// contenteditables: what counts as a field, reading the text with the caret, removing spans the way
// the page's own code expects (its value setter and an input event), and the words describing it.
import { fieldElementFor, fieldFor, isTextControl } from '../../src/content/paste-guard/fields';
import { check, equal, fixture, test } from './runner';

test('text controls are the free-text inputs and textareas', () => {
  const form = fixture('<form><input type="password"><input type="checkbox"><input><textarea></textarea><input type="number"></form>');
  equal([...form.querySelectorAll('input, textarea')].map((el) => isTextControl(el)), [true, false, true, true, false], 'kinds');
});

test('the field of an event target: the control, or the editing host of a contenteditable', () => {
  const editor = fixture('<div contenteditable="true"><p>one <b>two</b></p></div>');
  const bold = editor.querySelector('b')!;
  equal(fieldElementFor(bold) === editor, true, 'host of nested element');
  equal(fieldElementFor(bold.firstChild) === editor, true, 'host of a text node');
  equal(fieldElementFor(fixture('<p>plain</p>')), undefined, 'plain text is no field');
  const input = fixture('<input>');
  equal(fieldElementFor(input) === input, true, 'an input is its own field');
});

test('an input: its value with the caret, and removal through the value setter and an input event', () => {
  const input = fixture('<input aria-label="API secret" name="secret">') as HTMLInputElement;
  input.value = 'before KEYKEYKEY after';
  input.setSelectionRange(17, 17);
  const field = fieldFor(input);
  equal(field.read(), { text: 'before KEYKEYKEY after', caret: 17 }, 'read');
  const events: string[] = [];
  // The event's inputType is not checked: Chromium drops 'deleteContent' (it reads '' there).
  input.addEventListener('input', () => events.push('input'));
  input.addEventListener('change', () => events.push('change'));
  field.remove([{ start: 7, end: 16 }]);
  equal(input.value, 'before  after', 'value');
  equal(input.selectionEnd, 8, 'caret');
  equal(events, ['input', 'change'], 'events');
  check(field.describe().includes('API secret') && field.describe().includes('secret'), field.describe());
});

test('a framework that shadows value on the instance still sees the change', () => {
  const input = fixture('<textarea></textarea>') as HTMLTextAreaElement;
  input.value = 'x SECRET y';
  let tracked = input.value;
  // What React does: an own `value` property that records writes and forwards them.
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(input),
    set: (v: string) => {
      tracked = v;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(input, v);
    },
  });
  let seen = '';
  input.addEventListener('input', () => (seen = input.value));
  fieldFor(input).remove([{ start: 2, end: 8 }]);
  equal(seen, 'x  y', 'value at the input event');
  equal(tracked, 'x SECRET y', 'the instance setter was bypassed, so the framework notices a change');
});

test('a contenteditable: text with line breaks at blocks, labels, and removal of a span across nodes', () => {
  const label = fixture('<span id="lab">Paste your token</span>');
  const editor = fixture('<div contenteditable="true" aria-labelledby="lab"><p>first line</p><p>key AB<b>CD</b>EF end</p></div>') as HTMLElement;
  editor.focus();
  const field = fieldFor(editor);
  const { text } = field.read();
  equal(text, 'first line\nkey ABCDEF end', 'text');
  check(field.describe().includes(label.textContent!), field.describe());
  const start = text.indexOf('ABCDEF');
  field.remove([{ start, end: start + 6 }]);
  // The editor keeps the two spaces visible with a no-break space.
  equal(field.read().text.replace(/\u00a0/g, ' '), 'first line\nkey  end', 'after removal');
});
