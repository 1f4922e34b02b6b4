/**
 * The book's one stylesheet. Reading systems let the reader choose fonts, sizes, margins
 * and night mode, so it sets no colours on text and no font sizes in absolute units: the
 * English is told apart by a rule in the margin and a sans-serif face, which survive
 * every theme and e-ink screens.
 */
export const STYLESHEET = `@charset "UTF-8";
h1 { font-size: 1.5em; line-height: 1.2; margin: 0 0 0.4em; }
h2 { font-size: 1.2em; line-height: 1.25; margin: 1.2em 0 0.4em; }
p { margin: 0 0 0.4em; overflow-wrap: break-word; }
.pair { margin: 0 0 0.9em; }
.en { font-family: sans-serif; font-size: 0.92em; border-left: 0.15em solid #8a9bbd; padding-left: 0.6em; margin: 0.3em 0 0; }
.en p:last-child { margin-bottom: 0; }
.en .title { font-size: 1.2em; font-weight: bold; }
.en .heading { font-weight: bold; }
p.title { font-size: 1.2em; font-style: italic; margin-bottom: 0.6em; }
.meta { font-size: 0.85em; font-variant: small-caps; margin-bottom: 1.2em; }
.dateline { font-variant: small-caps; letter-spacing: 0.03em; }
.caption { font-size: 0.9em; font-style: italic; }
.credit { font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.05em; text-align: right; }
a.noteref { font-family: sans-serif; font-size: 0.65em; font-style: normal; font-weight: normal; vertical-align: super; line-height: 0; text-decoration: none; margin-left: 0.2em; }
dl.glossary dt { font-weight: bold; margin-top: 0.8em; }
dl.glossary dd { margin-left: 1.5em; }
dl.glossary .kind { font-size: 0.85em; font-variant: small-caps; }
nav ol { list-style-type: none; padding-left: 1em; }
`;
