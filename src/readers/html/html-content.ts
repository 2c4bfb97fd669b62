import { compactLabel } from '../../normalize/text.js';
import { type DomElement, type DomNode, type DomParent, type DomRoot, findElement, isElement, isText } from './html-dom.js';
import { BLOCK_TAGS, SKIP_TAGS } from './html-tags.js';

/** Page chrome by tag: dropped unless it turns out to hold the report itself. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'dialog']);

/**
 * Page chrome by class or id, as portal templates name it: menus, breadcrumbs ("当前位置"), share
 * and print buttons, font-size switches, related-article lists, pagers, QR codes, footers.
 */
const CHROME_NAME =
  /(^|[\s_-])(nav|navbar|menu|menus|header|footer|foot|breadcrumbs?|crumbs?|position|location|dqwz|share|bdshare|jiathis|print|dayin|close|fontsize|font-size|zoomsize|related|xgwz|xgxx|xglj|pager|pagination|pagenav|qrcode|ewm|erweima|toolbar|tools|copyright|banner|search|login|sidebar|topbar)([\s_-]|$)/i;

/** Where a title candidate must not stand: links and lists of other articles, menus, breadcrumbs. */
const NOT_TITLE_NAME =
  /(^|[\s_-])(nav|navbar|menu|crumbs?|breadcrumbs?|position|location|dqwz|list|links?|related|xgwz|xglj|sidebar|side|left|right|footer|marquee|scroll|tabs?)([\s_-]|$)/i;
const ELSEWHERE_TAGS = new Set(['a', 'li', 'nav', 'marquee', 'footer', 'aside']);

/**
 * What the report's own container shows: the six section headings (short and long forms) and the
 * statutory tables' captions and labels. Menus and lists of other reports match none of them.
 */
const REPORT_MARKS = [
  /总体情况/,
  /主动公开政府信息/,
  /收到和处理政府信息公开申请/,
  /行政复议/,
  /问题及改进|改进情况/,
  /其他需要报告/,
  /第二十条第/,
  /本年新收/,
  /结转下年/,
  /勾稽关系/,
];
// One scan says whether a line holds any mark at all; most lines hold none.
const ANY_MARK = new RegExp(REPORT_MARKS.map((re) => re.source).join('|'));
/** The marks that are section headings, not table labels: a data table holds at most one of them. */
const SECTION_BITS = (1 << 6) - 1;
// A mark counts on a line this short (a heading, a caption, a table label) that names nothing else,
// not inside prose: many reports open with "本报告由总体情况、主动公开政府信息情况……六部分组成".
const MARK_LINE = 50;

// "夏邑县人民政府2020年政府信息公开工作年度报告", "XX局2021年度政府信息公开年报".
const TITLE = /(19|20)\d{2}年.{0,30}(年度报告|工作报告|年报)/;
const TITLE_LENGTH = 80;

/** The report marks on the short lines below each element, computed once per page. */
export class MarkIndex {
  private readonly masks = new Map<DomParent, number>();

  /** Bit i set when REPORT_MARKS[i] stands on a short line somewhere below the element. */
  mask(el: DomParent): number {
    const known = this.masks.get(el);
    if (known !== undefined) return known;
    let mask = 0;
    let line = '';
    const endLine = () => {
      // Most lines are prose, far longer than a mark line: squeezing tells, before normalizing.
      const text = line.length > MARK_LINE && line.replace(/\s+/g, '').length > 2 * MARK_LINE ? '' : compactLabel(line);
      line = '';
      if (text.length === 0 || text.length > MARK_LINE || /[。；;]$/.test(text) || !ANY_MARK.test(text)) return;
      let found = -1;
      for (let i = 0; i < REPORT_MARKS.length; i++) {
        if (!REPORT_MARKS[i]!.test(text)) continue;
        // A heading or a label names one thing; a line naming several is prose or a list of contents.
        if (found >= 0) return;
        found = i;
      }
      if (found >= 0) mask |= 1 << found;
    };
    // Inline elements continue the line ("<p><b>三、收到和处理</b>政府信息公开申请情况</p>"); blocks have their own.
    const visit = (node: DomParent) => {
      for (const child of node.children) {
        if (isText(child)) line += child.data;
        else if (!isElement(child) || SKIP_TAGS.has(child.name)) continue;
        else if (child.name === 'br') endLine();
        else if (BLOCK_TAGS.has(child.name)) {
          endLine();
          mask |= this.mask(child);
        } else visit(child);
      }
    };
    visit(el);
    endLine();
    this.masks.set(el, mask);
    return mask;
  }

  score(el: DomParent): number {
    return bitCount(this.mask(el));
  }

  sectionScore(el: DomElement): number {
    return bitCount(this.mask(el) & SECTION_BITS);
  }

  /**
   * True for elements that are not report content: scripts and form controls always; menus,
   * headers, footers, hidden elements and chrome-named blocks unless the report is inside them
   * (some portals put the whole article in a <header> or in a print-only div).
   */
  isDropped(el: DomElement): boolean {
    if (SKIP_TAGS.has(el.name)) return true;
    const chrome = CHROME_TAGS.has(el.name) || isHidden(el) || CHROME_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
    return chrome && this.score(el) < 2;
  }
}

function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}

export function isHidden(el: DomElement): boolean {
  return 'hidden' in el.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '');
}

/**
 * The element that holds the report: the deepest one that shows the most report marks (section
 * headings, table captions and labels), so navigation, breadcrumbs, share buttons and
 * related-article lists around it are left out. Falls back to <body> when the page shows fewer
 * than two marks (a report with unusual headings, or a page that is not a report).
 */
export function findReportContainer(root: DomRoot, marks: MarkIndex): DomParent {
  // A fragment (mammoth's output, a pasted page) has no <body>, and a broken page may go on after
  // its </body>: the search starts at the root then.
  const found = findElement(root, 'body');
  const body = found && marks.score(found) >= marks.score(root) ? found : root;
  const best = marks.score(body);
  if (best < 2) return body;
  let container: DomParent = body;
  for (;;) {
    const next = container.children
      .filter(isElement)
      .filter((el) => !SKIP_TAGS.has(el.name) && marks.score(el) === best)
      // A page may hold the report twice (a hidden print copy): prefer the one shown.
      .sort((a, b) => Number(isHidden(a)) - Number(isHidden(b)))[0];
    if (!next) return container;
    container = next;
  }
}

/**
 * The element's text without whitespace, or null when it is longer than `limit`: stops reading as
 * soon as it is, so looking at every element of a long page stays cheap.
 */
function shortText(el: DomParent, limit: number): string | null {
  let text = '';
  const visit = (node: DomParent): boolean => {
    for (const child of node.children) {
      if (isText(child)) {
        text += compactLabel(child.data);
        if (text.length > limit) return false;
      } else if (isElement(child) && !SKIP_TAGS.has(child.name) && !visit(child)) {
        return false;
      }
    }
    return true;
  };
  return visit(el) ? text : null;
}

export interface TitleCandidate {
  /** The element to read the title from, or the title text itself when it comes from <title>. */
  node: DomElement;
  text: string | null;
}

/**
 * The report title when it stands outside the report's container, as portals print it: a heading
 * above the article body, or else the page <title> ("…年度报告_XX县人民政府"). Null when the
 * container starts with the title itself or no title is found.
 */
export function findDetachedTitle(root: DomRoot, container: DomElement | DomRoot): TitleCandidate | null {
  if (container.type === 'root' || container.name === 'body') return null;
  const body = findElement(root, 'body');
  if (!body) return null;
  const holdsContainer = new Set<DomParent>();
  for (let p: DomParent | null = container; p; p = p.parent) holdsContainer.add(p);
  let found: TitleCandidate | null = null;
  let compact = '';
  let reached = false;
  const visit = (node: DomParent) => {
    for (const child of node.children) {
      if (reached) return;
      if (child === container) {
        reached = true;
        return;
      }
      if (!isElement(child) || SKIP_TAGS.has(child.name) || isHidden(child)) continue;
      if (!holdsContainer.has(child)) {
        if (isTitleElsewhere(child)) continue;
        const text = shortText(child, TITLE_LENGTH);
        // The innermost element that holds the title: none of its children holds it whole.
        if (text !== null && TITLE.test(text) && !child.children.some((c) => isElement(c) && TITLE.test(shortText(c, TITLE_LENGTH) ?? ''))) {
          found = { node: child, text: null };
          compact = text;
        }
      }
      visit(child);
    }
  };
  visit(body);
  if (!found) {
    const fromPage = pageTitle(root);
    if (!fromPage) return null;
    found = fromPage;
    compact = compactLabel(fromPage.text ?? '');
  }
  return startsWith(container, compact) ? null : found;
}

/** Whether the container's text begins with `prefix` (read only as far as needed). */
function startsWith(container: DomParent, prefix: string): boolean {
  let text = '';
  const visit = (node: DomParent): boolean => {
    for (const child of node.children) {
      if (isText(child)) text += compactLabel(child.data);
      else if (isElement(child) && !SKIP_TAGS.has(child.name) && !visit(child)) return false;
      if (text.length >= prefix.length) return false;
    }
    return true;
  };
  visit(container);
  return text.startsWith(prefix);
}

/** Links, list items, menus and lists of other articles: a title there names another page. */
function isTitleElsewhere(el: DomElement): boolean {
  return ELSEWHERE_TAGS.has(el.name) || NOT_TITLE_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

function pageTitle(root: DomRoot): TitleCandidate | null {
  const title = findElement(root, 'title');
  if (!title) return null;
  const text = title.children.map((c: DomNode) => (isText(c) ? c.data : '')).join('');
  // "汝阳县人民政府2020年政府信息公开工作年度报告_汝阳县人民政府": keep the part that is the title.
  const part = text.split(/\s*(?:[-_|—–]+|\s{2,})\s*/).find((p) => p.length <= TITLE_LENGTH && TITLE.test(compactLabel(p)));
  return part ? { node: title, text: part.trim() } : null;
}
