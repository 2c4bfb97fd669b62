/**
 * The few facts about cheerio's DOM (domhandler nodes built by parse5) the HTML reader relies on,
 * declared structurally so the reader needs no type import from a transitive dependency.
 */

interface SourceLocation {
  startLine: number;
}

interface DomBase {
  parent: DomParent | null;
  /** Set by parse5 when asked for locations; absent on elements the parser invented (tbody, html). */
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

/** Every element below `node` for which `test` holds, in document order. */
export function findAll(node: DomParent, test: (el: DomElement) => boolean, out: DomElement[] = []): DomElement[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

export function hasAncestor(node: DomNode | DomElement, test: (el: DomElement) => boolean, stop?: DomParent): boolean {
  for (let p = node.parent; p && p !== stop; p = p.parent) {
    if (isElement(p) && test(p)) return true;
  }
  return false;
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
