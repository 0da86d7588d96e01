/**
 * Small DOM helpers. Every piece of corpus text reaches the page through
 * `textContent` or a Text node, never through innerHTML, so nothing in a
 * transcript can become markup.
 */

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`class`, `aria-*`, `data-*`, …) and children (strings become Text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child of `node`. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * `text` as Text nodes with each [start, end) range wrapped in <mark>. Ranges are
 * clamped to the text and applied in order; overlapping or reversed ones are skipped.
 */
export function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): DocumentFragment {
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const [s0, e0] of ranges) {
    const s = Math.max(pos, Math.min(s0, text.length));
    const e = Math.min(e0, text.length);
    if (e <= s) continue;
    if (s > pos) frag.appendChild(document.createTextNode(text.slice(pos, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    frag.appendChild(mark);
    pos = e;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}

/** A codicon, hidden from assistive technology (the control around it carries the label). */
export function icon(name: string): HTMLSpanElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** A toolbar-style icon button with a tooltip and an accessible name. */
export function iconButton(name: string, label: string, action: string, extra: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'icon-button', title: label, 'aria-label': label, 'data-action': action, ...extra });
  b.appendChild(icon(name));
  return b;
}
