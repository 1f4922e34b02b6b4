/** "article.en.txt" is the English of "article.txt" or "article.fr.txt" beside it. */
const ENGLISH = /\.en(\.[^.]+)$/i;

export interface NamePair<T> {
  french: T;
  english?: T;
}

/**
 * Pairs files by name, as a folder or a set of uploads holds them: `NAME.en.EXT` is the
 * English of `NAME.EXT` or `NAME.fr.EXT` among them and goes with it; every other file is
 * an article of its own (an English file without its French counterpart too). Order is
 * kept. Pure, without Node's path module, so that the import page's script uses it as well.
 */
export function pairByName<T>(items: readonly T[], nameOf: (item: T) => string): NamePair<T>[] {
  const byName = new Map(items.map((item) => [nameOf(item), item]));
  const englishOf = new Map<T, T>();
  for (const item of items) {
    const match = ENGLISH.exec(nameOf(item));
    if (!match) continue;
    const base = nameOf(item).slice(0, match.index);
    const french = [`${base}${match[1]}`, `${base}.fr${match[1]}`].map((n) => byName.get(n)).find((f) => f !== undefined && f !== item);
    if (french !== undefined && !englishOf.has(french)) englishOf.set(french, item);
  }
  const paired = new Set(englishOf.values());
  return items.filter((item) => !paired.has(item)).map((french) => ({ french, english: englishOf.get(french) }));
}
