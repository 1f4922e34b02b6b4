import { Parser } from "htmlparser2";
import { UserError, type UserErrorCode, type UserErrorValues } from "../errors";

/**
 * Deepest element nesting an imported page may have. News pages stay far below (a few
 * dozen levels; Chromium's parser itself stops nesting at 512). Deeper, the DOM libraries
 * slow down quadratically (100,000 levels took 132 s) or overflow the stack.
 */
export const MAX_HTML_DEPTH = 256;
/**
 * Budget for the sum of every element's depth: Readability's cleaning walks each
 * container's descendants, so its work grows with this sum. Many chains each just under
 * MAX_HTML_DEPTH would cost minutes; a heavy news page sums to a few hundred thousand
 * (a 4 MB page of 28,000 paragraphs: under 200,000), and this budget takes about a second.
 */
export const MAX_TOTAL_NESTING = 1_000_000;
/** Elements a page may have: a 4 MB news page has a few tens of thousands. */
export const MAX_HTML_ELEMENTS = 200_000;

const lineAt = (text: string, index: number) => {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
};

/**
 * Refuses HTML nested deeper than `limit` elements, whose elements' depths add up to more
 * than `budget`, or with more than MAX_HTML_ELEMENTS elements, in one linear pass of a streaming
 * tokenizer that closes elements as browsers do (void elements, an open <p> closed by the
 * next one), before any DOM is built. The UserError names the line, not the file: callers
 * put the file or URL in front.
 */
export function assertHtmlDepth(html: string, limit = MAX_HTML_DEPTH, budget = MAX_TOTAL_NESTING): void {
  let depth = 0;
  let total = 0;
  let elements = 0;
  let tooDeepAt = -1;
  const parser = new Parser(
    {
      onopentag() {
        total += ++depth;
        if ((depth > limit || total > budget || ++elements > MAX_HTML_ELEMENTS) && tooDeepAt < 0) {
          tooDeepAt = parser.startIndex;
          parser.pause();
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (tooDeepAt < 0) return;
  const line = lineAt(html, tooDeepAt);
  const refused = (code: UserErrorCode, values: UserErrorValues, what: string) =>
    new UserError({ code, values: { line, ...values }, problem: `line ${line}: ${what}, refused (no article needs that)` });
  if (depth > limit) throw refused("tooDeeplyNested", { format: "html", limit: "depth", max: limit }, `HTML nested more than ${limit} elements deep`);
  if (elements > MAX_HTML_ELEMENTS) throw refused("tooManyElements", { max: MAX_HTML_ELEMENTS }, `more than ${MAX_HTML_ELEMENTS.toLocaleString("en")} HTML elements`);
  throw refused("tooDeeplyNested", { format: "html", limit: "total", max: budget }, `HTML too deeply nested overall (elements' depths add up to over ${budget.toLocaleString("en")})`);
}
