// Turns the benchmark's figures into a table (terminal and Markdown) and JSON, each compared
// with its aim from ../shared/design/product.md. Behind an aim is reported, never a failure.

/** Formats a number of ms, bytes or a ratio for the table. */
export function format(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 'ms') return value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'B') return value >= 10_000 ? `${(value / 1000).toFixed(1)} kB` : `${value} B`;
  if (unit === 'MB') return `${(value / 1e6).toFixed(1)} MB`;
  return String(value);
}

/** ahead / behind against an aim of the form { max } (lower is better). */
export function verdict(value, aim) {
  if (!aim || value === undefined || Number.isNaN(value)) return '';
  return value <= aim.max ? 'ahead' : 'behind';
}

export function toRows(figures) {
  return figures.map(({ group, name, value, unit, aim }) => ({
    group,
    name,
    value: format(value, unit),
    aim: aim ? `≤ ${format(aim.max, unit)}` : '',
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
