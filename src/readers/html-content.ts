import { compactLabel } from '../normalize/text.js';
import { type DomElement, type DomNode, type DomParent, type DomRoot, findElement, isElement, isText } from './html-dom.js';

/** Elements that never hold report text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'canvas', 'math', 'map', 'area', 'audio', 'video', 'source', 'track', 'img',
  'picture', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'button',
]);

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
/** The marks that are section headings, not table labels: a data table holds at most one of them. */
const SECTION_MARKS = REPORT_MARKS.slice(0, 6);

// "夏邑县人民政府2020年政府信息公开工作年度报告", "XX局2021年度政府信息公开年报".
const TITLE = /(19|20)\d{2}年.{0,30}(年度报告|工作报告|年报)/;

/** Report marks found in the text below each element, computed once per page. */
export class MarkIndex {
  private readonly text = new Map<DomElement, string>();

  /** Compact text (no whitespace) of an element, scripts and styles left out. */
  textOf(el: DomElement): string {
    let text = this.text.get(el);
    if (text === undefined) {
      text = '';
      for (const child of el.children) {
        if (isText(child)) text += child.data;
        else if (isElement(child) && !SKIP_TAGS.has(child.name)) text += this.textOf(child);
      }
      text = compactLabel(text);
      this.text.set(el, text);
    }
    return text;
  }

  score(el: DomElement): number {
    const text = this.textOf(el);
    return REPORT_MARKS.reduce((n, re) => n + (re.test(text) ? 1 : 0), 0);
  }

  sectionScore(el: DomElement): number {
    const text = this.textOf(el);
    return SECTION_MARKS.reduce((n, re) => n + (re.test(text) ? 1 : 0), 0);
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

export function isHidden(el: DomElement): boolean {
  return 'hidden' in el.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '');
}

/**
 * The element that holds the report: the deepest one whose text shows the most report marks
 * (section headings, table captions and labels), so navigation, breadcrumbs, share buttons and
 * related-article lists around it are left out. Falls back to <body> when the page shows fewer
 * than two marks (a report with unusual headings, or a page that is not a report).
 */
export function findReportContainer(root: DomRoot, marks: MarkIndex): DomElement | DomRoot {
  const body = findElement(root, 'body');
  if (!body) return root;
  const best = marks.score(body);
  if (best < 2) return body;
  let container = body;
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
export function findDetachedTitle(root: DomRoot, container: DomElement | DomRoot, marks: MarkIndex): TitleCandidate | null {
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
      if (!holdsContainer.has(child) && isTitleElsewhere(child)) continue;
      const text = marks.textOf(child);
      if (!holdsContainer.has(child) && text.length <= 80 && TITLE.test(text) && !hasChildMatching(child, marks)) {
        found = { node: child, text: null };
        compact = text;
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
  return marks.textOf(container).startsWith(compact) ? null : found;
}

function hasChildMatching(el: DomElement, marks: MarkIndex): boolean {
  return el.children.some((c) => isElement(c) && TITLE.test(marks.textOf(c)));
}

const ELSEWHERE_TAGS = new Set(['a', 'li', 'nav', 'marquee', 'footer', 'aside']);

/** Links, list items, menus and lists of other articles: a title there names another page. */
function isTitleElsewhere(el: DomElement): boolean {
  return ELSEWHERE_TAGS.has(el.name) || NOT_TITLE_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

function pageTitle(root: DomRoot): TitleCandidate | null {
  const title = findElement(root, 'title');
  if (!title) return null;
  const text = title.children.map((c: DomNode) => (isText(c) ? c.data : '')).join('');
  // "汝阳县人民政府2020年政府信息公开工作年度报告_汝阳县人民政府": keep the part that is the title.
  const part = text.split(/\s*(?:[-_|—–]+|\s{2,})\s*/).find((p) => p.length <= 80 && TITLE.test(compactLabel(p)));
  return part ? { node: title, text: part.trim() } : null;
}
