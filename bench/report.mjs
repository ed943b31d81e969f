// Turns the benchmark's figures into a table (terminal and Markdown) and JSON, each compared
// with its aim from ../shared/design/product.md. Behind an aim is reported, never a failure.

/** Formats a number of ms, bytes or a ratio for the table. */
export function format(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 'ms') return value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'B') return value >= 10_000 ? `${(value / 1000).toFixed(1)} kB` : `${value} B`;
  if (unit === 'MB') return `${(value / 1e6).toFixed(1)} MB`;
  if (unit === '') return value.toFixed(3); // a share, 0 to 1
  return String(value);
}

/** ahead / behind against an aim of the form { max } (lower is better) or { min }. */
export function verdict(value, aim) {
  if (!aim || value === undefined || Number.isNaN(value)) return '';
  if (aim.min !== undefined) return value >= aim.min ? 'ahead' : 'behind';
  return value <= aim.max ? 'ahead' : 'behind';
}

function aimText(aim, unit) {
  if (!aim) return '';
  return aim.min !== undefined ? `≥ ${format(aim.min, unit)}` : `≤ ${format(aim.max, unit)}`;
}

export function toRows(figures) {
  return figures.map(({ group, name, value, unit, aim }) => ({
    group,
    name,
    value: format(value, unit),
    aim: aimText(aim, unit),
    verdict: verdict(value, aim),
  }));
}

export function toTerminal(rows) {
  const widths = ['group', 'name', 'value', 'aim', 'verdict'].map((key) =>
    Math.max(key.length, ...rows.map((row) => String(row[key]).length)),
  );
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [
    line(['group', 'figure', 'value', 'aim', '']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((row) => line([row.group, row.name, row.value, row.aim, row.verdict])),
  ].join('\n');
}

export function toMarkdown(rows, machine) {
  const head = '| group | figure | value | aim | |\n|---|---|---|---|---|';
  const body = rows
    .map((r) => `| ${r.group} | ${r.name} | ${r.value} | ${r.aim} | ${r.verdict} |`)
    .join('\n');
  return `${head}\n${body}\n\nMeasured ${machine.date} on ${machine.description}.\n`;
}
