import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedMap } from '../src/packed-map.js';

describe('packedMap', () => {
  it('gives what Array.prototype.map gives, index included', () => {
    const items = ['a', 'b', 'c'];
    expect(packedMap(items, (s, i) => `${s}${i}`)).toEqual(['a0', 'b1', 'c2']);
    expect(packedMap([], (x: number) => x + 1)).toEqual([]);
    const objects = [{ n: 1 }, { n: 2 }];
    expect(packedMap(objects, (o) => o.n * 10)).toEqual(objects.map((o) => o.n * 10));
  });

  it('keeps the array packed once its caller is optimized, where an inlined map() makes it holey', () => {
    // V8's own view of the arrays, from a process that may ask for it (natives syntax).
    const script = `
      import { packedMap } from ${JSON.stringify(new URL('../dist/packed-map.js', import.meta.url).href)};
      function viaPacked(xs) { return packedMap(xs, (x) => ({ x })); }
      function viaMap(xs) { return xs.map((x) => ({ x })); }
      const xs = [1, 2, 3];
      for (const f of [packedMap, viaPacked, viaMap]) %PrepareFunctionForOptimization(f);
      for (let i = 0; i < 3; i++) { viaPacked(xs); viaMap(xs); }
      %OptimizeFunctionOnNextCall(viaPacked);
      %OptimizeFunctionOnNextCall(viaMap);
      console.log(JSON.stringify({ packedMap: %HasHoleyElements(viaPacked(xs)), map: %HasHoleyElements(viaMap(xs)) }));
    `;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ packedMap: false, map: true });
  });
});
