/**
 * A small well-formedness check for the XML our formatters write (no DTD, no CDATA, no comments):
 * every tag closes in order, attributes are quoted, `&` starts a known reference, `<` only starts a
 * tag, and no character XML 1.0 forbids appears. Returns the problems found; [] when well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) problems.push('forbidden control character');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) problems.push('lone surrogate');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    checkText(text, problems);
    if (lt === -1) break;
    const gt = body.indexOf('>', lt);
    if (gt === -1) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = body.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const m = /^([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*\/?$/.exec(tag);
      if (!m) problems.push(`malformed tag <${tag}>`);
      else {
        for (const value of m[2]!.matchAll(/="([^"]*)"/g)) checkText(value[1]!, problems);
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(m[1]!);
      }
    }
    i = gt + 1;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('><')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

function checkText(text: string, problems: string[]): void {
  for (const m of text.matchAll(/&([^;\s]*);?/g)) {
    if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad reference ${m[0]}`);
  }
  if (text.includes('>') && text.includes(']]>')) problems.push(']]> in text');
}
