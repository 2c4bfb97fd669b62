/**
 * The few facts about htmlparser2's DOM (domhandler nodes) the HTML reader relies on, declared
 * structurally so the reader needs no type import from a transitive dependency.
 */

interface DomBase {
  parent: DomParent | null;
  /** Offset in the source where the node starts (htmlparser2's withStartIndices). */
  startIndex?: number | null;
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

/**
 * Source lines of nodes, found on demand from htmlparser2's start indices: the walk asks for a few
 * hundred nodes of a page's thousand, and a property added to every node would cost each of them
 * a new backing store.
 */
export class SourceLines {
  // Where each line ends: at LF, and at a CR not followed by LF (CRLF ends at its LF).
  private readonly breaks: number[] = [];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.breaks.push(i);
    }
  }

  /**
   * The 1-based source line where a node starts. Text nodes often start with the line break that
   * precedes their words; the line is that of their first visible character. Elements the parser
   * made up have no start index: they start where their first real child does.
   */
  of(node: DomNode | DomParent): number | null {
    if (typeof node.startIndex === 'number') {
      const line = this.lineAt(node.startIndex);
      if (node.type !== 'text') return line;
      const lead = /^\s*/.exec(node.data)![0];
      return line + (lead.match(/\r\n|\r|\n/g)?.length ?? 0);
    }
    if ('children' in node) {
      for (const child of node.children) {
        const line = this.of(child);
        if (line !== null) return line;
      }
    }
    return null;
  }

  /** Number of line ends before `index`, plus one. */
  private lineAt(index: number): number {
    const breaks = this.breaks;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}
