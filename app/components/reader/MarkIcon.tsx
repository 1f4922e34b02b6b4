/** Small line icons for the reader's marks: each state its own shape, so colour is never the only sign. */
const PATHS = {
  reviewed: "M3 8.5l3 3 7-7",
  edited: "M3 13l1-3.2 6.8-6.8 2.2 2.2-6.8 6.8zM9.5 4.3l2.2 2.2",
  imported: "M8 2.5v7M5 6.5l3 3 3-3M3 10.5v2.5h10v-2.5",
  machine: "M5 5h6v6H5zM7 2.5V5M9 2.5V5M7 11v2.5M9 11v2.5M2.5 7H5M2.5 9H5M11 7h2.5M11 9h2.5",
  locked: "M4.5 7.5h7v5.5h-7zM6 7.5V5.5a2 2 0 0 1 4 0v2",
} as const;

export type MarkIconName = keyof typeof PATHS;

export function MarkIcon({ name }: { name: MarkIconName }) {
  return (
    <svg className="mark-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
