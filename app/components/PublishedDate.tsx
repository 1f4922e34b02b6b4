import { useFormatter } from "next-intl";

/** A publication date that may be partial ("2025-06"): shown as precisely as it is known. */
export function PublishedDate({ iso }: { iso: string }) {
  const format = useFormatter();
  const [year, month, day] = iso.split("-").map(Number);
  if (!year) return <>{iso}</>;
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  const text = format.dateTime(date, {
    timeZone: "UTC",
    year: "numeric",
    ...(month ? { month: "long" } : {}),
    ...(day ? { day: "numeric" } : {}),
  });
  return <time dateTime={iso}>{text}</time>;
}
