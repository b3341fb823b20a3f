/**
 * How a column a user names (`--column`, `--context-column`, the API's `column`) is found among
 * a file's headers, and when two names are the same column: case, surrounding spaces and the
 * spelling of word breaks (space, "_", "-") do not matter, so "job_title", "Job Title" and
 * "job-title" name one column.
 */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** The index of the header the name matches, or -1; a header written exactly so wins. */
export function findColumn(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const want = columnKey(name);
  return headers.findIndex((h) => columnKey(h) === want);
}
