import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../src/readers/html/html-depth.js';

describe('nestsDeeperThan', () => {
  it('counts open elements, and closing tags undo them', () => {
    expect(nestsDeeperThan('<div><span><b>x</b></span></div>', 2)).toBe(true);
    expect(nestsDeeperThan('<div><span><b>x</b></span></div>', 3)).toBe(false);
    expect(nestsDeeperThan('<div></div><div></div><div></div><div></div>', 1)).toBe(false);
  });

  it('does not count void, self-closed or implicitly closed elements, in any case', () => {
    expect(nestsDeeperThan('<DIV><br><img src="a.png"/><P>a<P>b<TR><TD>1<TD>2<font/>', 1)).toBe(false);
    expect(nestsDeeperThan('<DIV><Font size=3><B>x', 2)).toBe(true);
  });

  it('skips the text of scripts and styles, whatever it holds, and stops at a tag left open', () => {
    const script = `<script>var s = "${'<div>'.repeat(50)}";</SCRIPT>`;
    expect(nestsDeeperThan(`<div>${script}<style>a<b{}</style></div>`, 1)).toBe(false);
    expect(nestsDeeperThan(`<div><script>${'<div>'.repeat(50)}`, 1)).toBe(false);
    expect(nestsDeeperThan('<div><span class="a', 1)).toBe(false);
  });

  it('ignores what only looks like a tag: "<" before a digit or a space, comments\' own text is read as is', () => {
    expect(nestsDeeperThan('<p>1 < 2 and 3 <4</p>', 0)).toBe(false);
    expect(nestsDeeperThan('<!-- <div><div> --><div>', 1)).toBe(true);
  });
});
