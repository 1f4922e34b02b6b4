/**
 * CSV and TSV files are opened in spreadsheets, which run a cell that starts with =, +, -
 * or @ as a formula (a leading tab or carriage return can hide one): `=HYPERLINK(…)` in
 * an article would become a live link, `+cmd|…` a command (CSV injection). OWASP's rule:
 * a cell starting with one of those six characters gets a leading apostrophe, which
 * spreadsheets read as "this is text".
 *
 * The apostrophe must come off again when our own CSV is imported, and an apostrophe that
 * was there from the start must stay. So a cell is neutralized when it starts with one of
 * those characters after any number of apostrophes (`'=x` → `''=x`), and restoring drops
 * the first apostrophe of exactly those cells: restoreFormula(neutralizeFormula(s)) === s
 * for every s, and a cell such as `'Ndrangheta` is left alone both ways.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
