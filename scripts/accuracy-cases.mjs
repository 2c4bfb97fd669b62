// The annotated cases `npm run accuracy` and test/corpus.test.ts share: the corpus's hand-read
// fixtures (test/corpus/*.json, and ../shared/corpus/expected/*.json for the two complete reports)
// and the variants made from the seeds (fixtures/variants/manifest.json, expected = the seed's record).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every annotated case: `{ name, file, group, kind, values, undecided, agencyContains }`. `values`
 * maps dotted record keys to what the file says (null = blank); undecided keys are not scored.
 */
export function loadCases(root) {
  const cases = [];
  const corpus = join(root, '..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    const expected = join(corpus, 'expected');
    const own = join(root, 'test', 'corpus');
    const sources = [
      ...(existsSync(own) ? readdirSync(own).filter((f) => /^\d{3}_.*\.json$/.test(f)).map((f) => join(own, f)) : []),
      ...(existsSync(expected) ? readdirSync(expected).filter((f) => f.endsWith('.json')).map((f) => join(expected, f)) : []),
    ];
    for (const path of sources.sort()) {
      const e = JSON.parse(readFileSync(path, 'utf8'));
      cases.push({
        name: e.file,
        file: join(corpus, e.file),
        group: 'corpus',
        kind: (e.class ?? layoutOf(e.file)).replace(/ \(.*$/, ""),
        values: e.values,
        undecided: new Set([...(e.uncertain ?? []), ...(e.undecided ?? []).map((u) => u.key)]),
        agencyContains: e.agencyContains ?? null,
      });
    }
  }
  const manifest = join(root, 'fixtures', 'variants', 'manifest.json');
  if (existsSync(manifest)) {
    for (const v of JSON.parse(readFileSync(manifest, 'utf8'))) {
      const seed = JSON.parse(readFileSync(join(root, 'fixtures', `${v.seed}.expected.json`), 'utf8'));
      cases.push({
        name: v.file,
        file: join(root, 'fixtures', 'variants', v.file),
        group: 'variants',
        kind: v.kind,
        values: recordValues(seed),
        undecided: new Set(),
        agencyContains: null,
        // The rules the seed's own damage sets off as errors: a variant may give no other.
        errorRules: [...new Set(seed.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].sort(),
      });
    }
  }
  return cases;
}

function layoutOf(file) {
  if (file.endsWith('.md')) return 'converter Markdown';
  if (file.endsWith('.pdf')) return 'WPS PDF';
  return 'text';
}

/** The dotted keys of a record's meta.year/template and every table leaf. */
export function recordValues(record) {
  const values = { 'meta.year': record.meta.year, 'meta.template': record.meta.template };
  const walk = (prefix, node) => {
    for (const [k, v] of Object.entries(node ?? {})) {
      if (v !== null && typeof v === 'object') walk(`${prefix}.${k}`, v);
      else values[`${prefix}.${k}`] = v;
    }
  };
  for (const table of ['active', 'requests', 'appeals']) walk(table, record[table]);
  return values;
}

/**
 * What `report` got right of the case: the keys scored, the wrong ones with both values, and of the
 * right ones those cut out of run-together digits (`recovered`). A value left null where the digits
 * ran together and no cut alone fits, with the finding that says so, is not wrong: it is counted
 * apart (`explained`), since the file no longer says which number it was.
 */
export function scoreCase(report, c) {
  const wrong = [];
  let scored = 0;
  let recovered = 0;
  let explained = 0;
  const recoveredPaths = new Set(report.cells.filter((cell) => cell.recovered).map((cell) => cell.path));
  const damaged = new Set(report.findings.filter((f) => f.rule === 'digits-run-together' && f.severity !== 'info').map((f) => String(f.location.table).split('.')[0]));
  for (const [key, want] of Object.entries(c.values)) {
    if (c.undecided.has(key)) continue;
    scored++;
    const got = key.split('.').reduce((node, k) => (node == null ? undefined : node[k]), report);
    if (got === want) {
      if (recoveredPaths.has(key)) recovered++;
    } else if (got === null && damaged.has(key.split('.')[0])) explained++;
    else wrong.push({ key, want, got: got === undefined ? 'absent' : got });
  }
  if (c.agencyContains) {
    scored++;
    if (!(report.meta.agency ?? '').includes(c.agencyContains)) wrong.push({ key: 'meta.agency', want: `…${c.agencyContains}…`, got: report.meta.agency });
  }
  return { scored, right: scored - wrong.length - explained, wrong, recovered, explained };
}
