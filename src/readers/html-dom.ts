/**
 * The few facts about cheerio's DOM (domhandler nodes built by parse5) the HTML reader relies on,
 * declared structurally so the reader needs no type import from a transitive dependency.
 */

interface SourceLocation {
  startLine: number;
}

interface DomBase {
  parent: DomParent | null;
  /** Offset in the source where the node starts (htmlparser2's withStartIndices). */
  startIndex?: number | null;
  /** Set by addStartLines; absent on elements the parser invented. */
  sourceCodeLocation?: SourceLocation | null;
}

export interface DomText extends DomBase {
  type: 'text';
  data: string;
}

export interface DomElement extends DomBase {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

export interface DomOther extends DomBase {
  type: 'comment' | 'directive' | 'cdata';
}

export interface DomRoot extends DomBase {
  type: 'root';
  children: DomNode[];
}

export type DomNode = DomText | DomElement | DomOther;
export type DomParent = DomElement | DomRoot;

export function isElement(node: DomNode | DomRoot): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: DomNode): node is DomText {
  return node.type === 'text';
}

export function childElements(node: DomParent): DomElement[] {
  return node.children.filter(isElement);
}

/** The element named `name` below `node` (depth first), or null. */
export function findElement(node: DomParent, name: string): DomElement | null {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.name === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
}

export function hasAncestor(node: DomNode | DomElement, test: (el: DomElement) => boolean, stop?: DomParent): boolean {
  for (let p = node.parent; p && p !== stop; p = p.parent) {
    if (isElement(p) && test(p)) return true;
  }
  return false;
}

/** Gives every node with a start index its 1-based start line, found among the source's line breaks. */
export function addStartLines(root: DomRoot, source: string): void {
  // Where each line ends: at LF, and at a CR not followed by LF (CRLF ends at its LF).
  const breaks: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) breaks.push(i);
  }
  const lineAt = (index: number) => {
    // Number of breaks before index, plus one.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const stack: (DomNode | DomRoot)[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.startIndex === 'number') node.sourceCodeLocation = { startLine: lineAt(node.startIndex) };
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/**
 * The 1-based source line where a node starts. Text nodes often start with the line break that
 * precedes their words; the line is that of their first visible character.
 */
export function startLine(node: DomNode | DomParent): number | null {
  const loc = node.sourceCodeLocation;
  if (loc) {
    if (node.type === 'text') {
      const lead = /^\s*/.exec(node.data)![0];
      return loc.startLine + (lead.match(/\r\n|\r|\n/g)?.length ?? 0);
    }
    return loc.startLine;
  }
  // Elements the parser made up (an implied tbody) start where their first real child does.
  if ('children' in node) {
    for (const child of node.children) {
      const line = startLine(child);
      if (line !== null) return line;
    }
  }
  return null;
}
