// The home page's search and filters: rows carry what they match in data attributes (written by
// render/index-page.ts); a row is shown when it matches the text and every chosen filter. The query is
// kept in the address (`?q=…&status=…`) so a filtered list can be shared and survives a reload.

const FILTERS = ['q', 'category', 'status', 'line'] as const;
type Filter = (typeof FILTERS)[number];

function field(name: Filter): HTMLInputElement | HTMLSelectElement {
  return document.getElementById(name) as HTMLInputElement | HTMLSelectElement;
}

function matches(row: HTMLElement, values: Readonly<Record<Filter, string>>): boolean {
  const words = values.q.toLowerCase().split(/\s+/).filter(Boolean);
  const text = row.dataset['search'] ?? '';
  if (!words.every((w) => text.includes(w))) return false;
  if (values.category && !(row.dataset['categories'] ?? '').split(' ').includes(values.category)) return false;
  if (values.status && row.dataset['status'] !== values.status) return false;
  if (values.line && !(row.dataset['lines'] ?? '').split(' ').includes(values.line)) return false;
  return true;
}

function apply(): void {
  const values = Object.fromEntries(FILTERS.map((f) => [f, field(f).value.trim()])) as Record<Filter, string>;
  const counts: number[] = [];
  for (const table of ['code-table', 'reason-table']) {
    let shown = 0;
    for (const row of document.querySelectorAll<HTMLElement>(`#${table} tbody tr`)) {
      const show = matches(row, values);
      row.hidden = !show;
      if (show) shown++;
    }
    counts.push(shown);
  }
  document.getElementById('count')!.textContent = `${counts[0]} codes and ${counts[1]} reasons match.`;
  const params = new URLSearchParams(FILTERS.flatMap((f) => (values[f] ? [[f, values[f]]] : [])));
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function start(): void {
  const params = new URLSearchParams(location.search);
  for (const f of FILTERS) {
    const value = params.get(f);
    if (value !== null) field(f).value = value;
  }
  for (const f of FILTERS) field(f).addEventListener('input', apply);
  document.querySelector('form.filters')!.addEventListener('submit', (event) => event.preventDefault());
  // "/" focuses the search, as on most reference sites.
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement)) {
      event.preventDefault();
      field('q').focus();
    }
  });
  apply();
}

start();
