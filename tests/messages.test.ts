import en from "../messages/en.json";
import fr from "../messages/fr.json";

/** Every key path of a nested messages object, with the ICU arguments each message uses. */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
/** ICU arguments: "{name}" or "{name, plural, …}" (plural branch texts have spaces or "#"). */
const argumentsOf = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
const lookup = (messages: object, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;

describe("UI messages", () => {
  it("fr.json and en.json have the same keys", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });
  it("each message uses the same arguments in both languages", () => {
    for (const key of keys(en)) expect([key, argumentsOf(lookup(fr, key))]).toEqual([key, argumentsOf(lookup(en, key))]);
  });
});
