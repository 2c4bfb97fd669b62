import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/batch/collect-garbage.js';

describe('collectGarbage', () => {
  it('runs a full collection: an object only a WeakRef points to is gone afterwards', async () => {
    let ref: WeakRef<object> | null = null;
    (() => {
      ref = new WeakRef({ payload: new Array(1000).fill('x') });
    })();
    // WeakRef targets are kept alive until the end of the current job.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref!.deref()).toBeUndefined();
  });
});
