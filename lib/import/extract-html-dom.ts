import { parseHTML } from "linkedom";
import { parse as parseSpec, serialize } from "parse5";
import { assertHtmlDepth } from "./extract-html-depth";

/** Both tags present: the document has the shell linkedom's tree builder expects. */
const HAS_SHELL = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;

/**
 * A DOM for an HTML page, built by linkedom: light (3 MB installed, no native code) and
 * fast (a 4 MB page in about a quarter of a second here, where jsdom took several times
 * longer). Its tree builder is htmlparser2's, which does not add the <html>, <head> and
 * <body> that HTML lets a page leave out; such a page is first rebuilt by parse5, which
 * implements the HTML standard's tree construction. Nesting is checked before either
 * runs (see assertHtmlDepth).
 */
export function parseHtmlDocument(html: string): Document {
  assertHtmlDepth(html);
  const complete = HAS_SHELL.test(html) && HAS_BODY.test(html) ? html : serialize(parseSpec(html));
  // linkedom implements the DOM interfaces used here and by Readability; its own type
  // names differ from lib.dom's, hence the cast.
  return parseHTML(complete).document as unknown as Document;
}
