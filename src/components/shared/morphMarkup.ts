/**
 * Brings a typeset formula on the page in line with KaTeX's markup for its new numbers, keeping its
 * elements: the browser then re-lays out a few words instead of a few hundred new elements.
 *
 * A drag changes a formula's numbers, not its shape, so most updates only differ in text and in
 * attribute values (a strut's height, a digit's width). Those are read straight off the markup
 * and set on the elements already shown, without parsing the markup into new nodes: parsing a
 * formula's 10 kB of markup on every input made some 90 kB of short-lived DOM per input, which
 * the browser's garbage collector then paused a frame to reclaim every few seconds of a drag.
 * Markup of another shape is parsed and merged node by node (morphChildren).
 */

/** Makes `target`'s children exactly what `html` (KaTeX's markup) parses to, keeping the nodes it can. */
export function morphMarkup(target: Element, html: string): void {
  const changes = valueChangesOnly(target, html);
  if (changes) {
    for (const change of changes) change();
    return;
  }
  const template = document.createElement('template');
  template.innerHTML = html;
  morphChildren(target, template.content);
}

/** A tag (`<span …>`, `</span>`, `<path …/>`) or a run of text, in the markup KaTeX writes. */
const TOKEN = /<(\/)?([a-z][a-z0-9-]*)([^<>]*?)(\/)?>|([^<]+)/y;
/** One attribute as KaTeX writes it: always double-quoted, sometimes with a space before `=`. */
const ATTRIBUTE = /\s*([^\s"'<>/=]+)\s*=\s*"([^"]*)"/y;
/** The escapes KaTeX's `escape` writes; any other `&` is left to the HTML parser. */
const ESCAPES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" };
const ESCAPE = /&(amp|lt|gt|quot|#x27);/g;
const OTHER_ESCAPE = /&(?!(?:amp|lt|gt|quot|#x27);)/;
/** Elements that never have children in HTML, whether or not KaTeX closes them with `/>`. */
const VOID_ELEMENTS = new Set(['img', 'br', 'hr', 'wbr']);

/**
 * What `html` would change in `target`'s subtree if it differs from it only in text and attribute
 * values (same elements, same attribute names, same text nodes), as functions that set them; or
 * undefined, having changed nothing, when anything else differs or the markup holds something
 * this reader leaves to the HTML parser (an escape other than KaTeX's five, a carriage return).
 * Since the nodes shown were made by the HTML parser from markup of the same shape, the parser
 * would build the very same tree from `html`.
 */
function valueChangesOnly(target: Element, html: string): (() => void)[] | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const changes: (() => void)[] = [];
  /** The elements the walk is inside, innermost last: it resumes after each at its closing tag. */
  const open: Element[] = [];
  let current: ChildNode | null = target.firstChild;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const token = TOKEN.exec(html);
    if (!token) return undefined;
    const [, closing, name, attributes, selfClosing, text] = token;
    if (text !== undefined) {
      if (current?.nodeType !== Node.TEXT_NODE) return undefined;
      const data = unescape(text);
      if (data === undefined) return undefined;
      const node = current as Text;
      if (node.data !== data) changes.push(() => (node.data = data));
      current = current.nextSibling;
    } else if (closing) {
      const element = open.pop();
      if (current !== null || !element || element.localName !== name) return undefined;
      current = element.nextSibling;
    } else {
      if (current?.nodeType !== Node.ELEMENT_NODE) return undefined;
      const element = current as Element;
      if (element.localName !== name || !collectAttributeChanges(element, attributes!, changes)) return undefined;
      if (selfClosing || VOID_ELEMENTS.has(name!)) {
        if (element.firstChild) return undefined;
        current = element.nextSibling;
      } else {
        open.push(element);
        current = element.firstChild;
      }
    }
  }
  return current === null && open.length === 0 ? changes : undefined;
}

/** Adds to `changes` the attribute values `markup` sets differently on `element`; false if its names differ. */
function collectAttributeChanges(element: Element, markup: string, changes: (() => void)[]): boolean {
  let count = 0;
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < markup.length) {
    const start = ATTRIBUTE.lastIndex;
    const attribute = ATTRIBUTE.exec(markup);
    if (!attribute) return markup.slice(start).trim() === '';
    const [, name, escaped] = attribute;
    const value = unescape(escaped!);
    const shown = element.getAttribute(name!);
    if (value === undefined || shown === null) return false;
    if (shown !== value) changes.push(() => element.setAttribute(name!, value));
    count++;
  }
  return count === element.attributes.length;
}

/** `text` with KaTeX's escapes undone; undefined if it holds any other character reference. */
function unescape(text: string): string | undefined {
  if (!text.includes('&')) return text;
  if (OTHER_ESCAPE.test(text)) return undefined;
  return text.replace(ESCAPE, (_, name: string) => ESCAPES[name]!);
}

/**
 * Makes `target`'s children the same as `source`'s, changing only what differs: nodes of the same
 * kind are kept and given the new text and attributes, others are replaced. Moves nodes out of
 * `source`.
 */
export function morphChildren(target: Node, source: Node): void {
  let current = target.firstChild;
  let wanted = source.firstChild;
  while (wanted) {
    const nextWanted = wanted.nextSibling;
    if (!current) {
      target.appendChild(wanted);
    } else if (sameKind(current, wanted)) {
      morphNode(current, wanted);
      current = current.nextSibling;
    } else {
      const next = current.nextSibling;
      target.replaceChild(wanted, current);
      current = next;
    }
    wanted = nextWanted;
  }
  while (current) {
    const next = current.nextSibling;
    target.removeChild(current);
    current = next;
  }
}

function sameKind(current: Node, wanted: Node): boolean {
  if (current.nodeType !== wanted.nodeType || current.nodeName !== wanted.nodeName) return false;
  return !(current instanceof Element) || current.namespaceURI === (wanted as Element).namespaceURI;
}

function morphNode(current: Node, wanted: Node): void {
  if (!(current instanceof Element)) {
    if (current.nodeValue !== wanted.nodeValue) current.nodeValue = wanted.nodeValue;
    return;
  }
  const source = wanted as Element;
  for (const name of current.getAttributeNames()) if (!source.hasAttribute(name)) current.removeAttribute(name);
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name)!;
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
  morphChildren(current, source);
}
