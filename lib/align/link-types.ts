/** The shapes of link the aligner considers, as [French count, English count]. */
export const LINK_SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
  [3, 2],
  [2, 3],
  [4, 1],
  [1, 4],
];

/** The most paragraphs one side of a link holds. */
export const MAX_RUN = 4;

/** "2-1" for two French paragraphs against one English one. */
export function linkType(link: { fr: readonly unknown[]; en: readonly unknown[] }): string {
  return `${link.fr.length}-${link.en.length}`;
}

/** Links counted by type, the most common first. */
export function countByType(links: readonly { fr: readonly unknown[]; en: readonly unknown[] }[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(linkType(link), (counts.get(linkType(link)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
