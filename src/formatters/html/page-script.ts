/// <reference lib="dom" />

/**
 * The batch page's script, inlined as this function's source (so it is type-checked like the rest
 * and needs no bundler): it reads only the page. The reports are written as they are checked, so
 * what spans them (the file table, the counts by body and by year) is built here from each report
 * section's data attributes; the summary, written last, is moved to the top.
 */
export function pageScript(): void {
  interface Words {
    columns: string[];
    byBody: string[];
    byYear: string[];
    unknown: string;
    status: Record<string, string>;
    shown: string;
  }
  const STATUS_RANK = ['unreadable', 'error', 'warning', 'info', 'clean', 'skipped'];
  const words = JSON.parse(document.getElementById('page-words')!.textContent!) as Words;
  const sections = Array.from(document.querySelectorAll<HTMLElement>('section.report'));
  const summary = document.getElementById('summary');
  const reports = document.getElementById('reports');
  if (summary && reports) reports.before(summary);

  const cell = (text: string, numeric = false): HTMLTableCellElement => {
    const td = document.createElement('td');
    td.textContent = text;
    if (numeric) td.dataset.sort = text === '' ? '-1' : text;
    return td;
  };
  const head = (names: string[], numericFrom: number): HTMLTableSectionElement => {
    const thead = document.createElement('thead');
    const tr = thead.insertRow();
    names.forEach((name, i) => {
      const th = document.createElement('th');
      th.textContent = name;
      th.scope = 'col';
      if (i >= numericFrom) th.dataset.numeric = '1';
      tr.append(th);
    });
    return thead;
  };

  // The table of files: one row per report section, linked to it.
  const files = document.getElementById('files') as HTMLTableElement | null;
  const rows: { row: HTMLTableRowElement; section: HTMLElement }[] = [];
  if (files) {
    files.append(head(words.columns, 3));
    const body = files.createTBody();
    sections.forEach((section, i) => {
      const d = section.dataset;
      section.id ||= `report-${i + 1}`;
      const row = body.insertRow();
      const link = document.createElement('a');
      link.href = `#${section.id}`;
      link.textContent = d.path ?? '';
      const first = cell('');
      first.append(link);
      const status = cell(words.status[d.status ?? ''] ?? d.status ?? '');
      status.className = `status ${d.status}`;
      // Sorted by how bad, not by the label's wording.
      status.dataset.sort = String(STATUS_RANK.indexOf(d.status ?? ''));
      link.addEventListener('click', () => {
        const details = section.querySelector('details');
        if (details) details.open = true;
      });
      row.append(first, cell(d.agency ?? ''), cell(d.template ?? ''), cell(d.year ?? '', true), status, cell(d.errors ?? '0', true), cell(d.warnings ?? '0', true), cell(d.infos ?? '0', true));
      row.dataset.status = d.status ?? '';
      rows.push({ row, section });
    });
    sortable(files);
  }

  // Files and findings by body and by year.
  const tally = (id: string, names: string[], key: (s: DOMStringMap) => string) => {
    const table = document.getElementById(id) as HTMLTableElement | null;
    if (!table) return;
    const groups = new Map<string, number[]>();
    for (const { dataset: d } of sections) {
      if (d.status === 'skipped') continue;
      const g = groups.get(key(d)) ?? [0, 0, 0, 0];
      g[0]! += 1;
      // As the summary counts files with errors: by the errors, whatever the status says.
      g[1]! += Number(d.errors) > 0 ? 1 : 0;
      g[2]! += Number(d.errors);
      g[3]! += Number(d.warnings);
      groups.set(key(d), g);
    }
    table.append(head(names, 1));
    const body = table.createTBody();
    for (const [name, counts] of [...groups].sort((a, b) => b[1][0]! - a[1][0]! || (a[0] < b[0] ? -1 : 1))) {
      const row = body.insertRow();
      row.append(cell(name), ...counts.map((n) => cell(String(n), true)));
    }
    sortable(table);
  };
  tally('by-body', words.byBody, (d) => d.agency || words.unknown);
  tally('by-year', words.byYear, (d) => d.year || words.unknown);

  // Filtering: by text (path or body) and by status; the report sections follow the table.
  const text = document.getElementById('filter') as HTMLInputElement | null;
  const status = document.getElementById('status-filter') as HTMLSelectElement | null;
  const shown = document.getElementById('shown');
  const apply = () => {
    const needle = (text?.value ?? '').trim().toLowerCase();
    const wanted = status?.value ?? '';
    let n = 0;
    for (const { row, section } of rows) {
      const d = section.dataset;
      const hit = (!wanted || d.status === wanted) && (!needle || `${d.path} ${d.agency}`.toLowerCase().includes(needle));
      row.classList.toggle('hidden', !hit);
      section.classList.toggle('hidden', !hit);
      if (hit) n++;
    }
    if (shown) shown.textContent = words.shown.replace('{n}', String(n)).replace('{total}', String(rows.length));
  };
  text?.addEventListener('input', apply);
  status?.addEventListener('change', apply);
  apply();

  // The chart of findings by rule, when the chart library is in the page.
  const data = document.getElementById('chart-data');
  const chartist = (window as unknown as { Chartist?: { BarChart: new (el: Element, data: unknown, options: unknown) => unknown } }).Chartist;
  if (data && chartist) {
    const { labels, series } = JSON.parse(data.textContent!) as { labels: string[]; series: number[][] };
    new chartist.BarChart('#chart' as unknown as Element, { labels, series }, {
      horizontalBars: true,
      stackBars: true,
      chartPadding: { right: 24 },
      height: `${Math.max(120, labels.length * 26 + 40)}px`,
      axisY: { offset: 170 },
      axisX: { onlyInteger: true },
    });
  }

  // On paper every report is unfolded; the folds come back afterwards.
  let folded: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    folded = Array.from(document.querySelectorAll<HTMLDetailsElement>('details:not([open])'));
    for (const d of folded) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of folded) d.open = false;
  });

  function sortable(table: HTMLTableElement): void {
    // One collator for the whole sort: localeCompare(…, 'zh') builds one per comparison.
    const collator = new Intl.Collator('zh');
    const ths = Array.from(table.tHead!.rows[0]!.cells);
    ths.forEach((th, col) => {
      th.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of ths) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0]!;
        const key = (row: HTMLTableRowElement) => row.cells[col]!.dataset.sort ?? row.cells[col]!.textContent ?? '';
        const numeric = th.dataset.numeric === '1';
        const sorted = Array.from(body.rows).sort((a, b) => {
          const x = key(a);
          const y = key(b);
          const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
          return ascending ? order : -order;
        });
        body.append(...sorted);
      });
    });
  }
}
