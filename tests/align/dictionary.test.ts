import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { anchorChain } from "../../lib/align/band";
import { extractFeatures } from "../../lib/align/features";
import { DICTIONARY_MAX_PARAGRAPHS, installedDictionary, lexiconFor, RECURRING_MAX_SHARE, repeatedShare, withDictionary } from "../../lib/align/lexicon/dictionary";
import { FREEDICT_DIR, parseFreedict, readFreedict } from "../../lib/align/lexicon/freedict";
import { coreLexicon } from "../../lib/align/lexicon/word-list";
import { runScript } from "../helpers/run-script";
import { createTempDb, type TempDb } from "../helpers/temp-db";

/**
 * Issue 13: "Optionally a bilingual dictionary as a seed (Debian's dict-freedict-fra-eng
 * exists; use it only if its licence suits and never require it)." It is read where Debian
 * installs it (GPL data, never copied into the repository); npm test installs the package.
 */

/** FreeDict's dictd text, as in /usr/share/dictd/freedict-fra-eng.dict.dz. */
const SAMPLE = [
  "00-database-info",
  "This is the French-English dictionary, see http://freedict.org/ for more.",
  "armée /aʁme/ <n, fem>",
  "army, host",
  "guerre /ɡɛʁ/ <n, fem>",
  "war, warfare",
  "gouvernail /ɡuvɛʁnaj/ <n, masc>",
  "rudder, helm",
  "gouvernement /ɡuvɛʁnəmɑ̃/ <n, masc>",
  "government",
  "Amérique du Nord /ameʁikdynɔʁ/ <n>",
  "North America",
  "abattre /abatʁ/ <v>",
  "1. knock down",
  "2. slaughter (animals); fell",
  "jamais /ʒamɛ/ <adv>",
  "never, ever, at no time",
  "",
].join("\n");

describe("FreeDict's dictd format", () => {
  it("keeps one-word headwords with their one-word translations, by stem, commonest sense first", () => {
    const lexicon = parseFreedict(SAMPLE);
    expect(Object.fromEntries(lexicon)).toEqual({
      armee: ["army", "host"],
      guerr: ["war", "warfa"],
      // Gouvernail and gouvernement share a stem: their translations too, up to four.
      gouve: ["rudde", "helm", "gover"],
      // "knock down" is a phrase; the sense numbers and the bracketed gloss go.
      abatt: ["slaug", "fell"],
      jamai: ["never", "ever"],
    });
    expect(lexicon.has("ameri")).toBe(false);
    expect(lexicon.has("http")).toBe(false);
  });

  it("reads the gzip-compatible .dict.dz from a folder, and nothing from a folder without one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-dict-"));
    try {
      expect(readFreedict(dir)).toBeNull();
      fs.writeFileSync(path.join(dir, "freedict-fra-eng.dict.dz"), zlib.gzipSync(SAMPLE));
      expect(readFreedict(dir)).toEqual(parseFreedict(SAMPLE));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads Debian's dict-freedict-fra-eng (installed by npm test)", () => {
    const lexicon = readFreedict(FREEDICT_DIR);
    if (!lexicon) throw new Error(`${FREEDICT_DIR}/freedict-fra-eng.dict.dz is missing: npm test installs dict-freedict-fra-eng (apt-get install dict-freedict-fra-eng)`);
    expect(lexicon.size).toBeGreaterThan(4_000);
    expect(lexicon.get("armee")).toContain("army");
    expect(lexicon.get("guerr")).toContain("war");
    expect(lexicon.get("jamai")).toContain("never");
  });
});

describe("the dictionary beside the library's lexicon", () => {
  const setting = process.env.ALIGN_DICTIONARY;
  afterEach(() => {
    if (setting === undefined) delete process.env.ALIGN_DICTIONARY;
    else process.env.ALIGN_DICTIONARY = setting;
  });

  it("comes after what the library learned, and only adds the words it lacks", () => {
    const learned = new Map([["armee", ["troop"]]]);
    const merged = withDictionary(learned, parseFreedict(SAMPLE));
    expect(merged.get("armee")).toEqual(["troop"]);
    expect(merged.get("guerr")).toEqual(["war", "warfa"]);
    expect(withDictionary(learned, null)).toBe(learned);
  });

  const paragraphs = (count: number, text = (k: number) => `Paragraphe ${k}.`) => Array.from({ length: count }, (_, k) => ({ text: text(k) }));

  it("is left out of texts longer than DICTIONARY_MAX_PARAGRAPHS a side, where it costs more than it brings, as the core word list is", () => {
    const learned = new Map([["armee", ["troop"]]]);
    const dictionary = parseFreedict(SAMPLE);
    const within = lexiconFor(learned, paragraphs(DICTIONARY_MAX_PARAGRAPHS), paragraphs(10), dictionary);
    expect(within.get("armee")).toEqual(["troop"]);
    // The core word list's "guerre", before the dictionary's.
    expect(within.get("guerr")).toEqual(coreLexicon().get("guerr"));
    expect(within.get("abatt")).toEqual(["slaug", "fell"]);
    expect(lexiconFor(learned, paragraphs(10), paragraphs(DICTIONARY_MAX_PARAGRAPHS + 1), dictionary)).toBe(learned);
  });

  it("word lists are left out of text whose French repeats itself (recurring articles), where they did harm", () => {
    const learned = new Map([["armee", ["troop"]]]);
    const dictionary = parseFreedict(SAMPLE);
    const sentence = (k: number) => `Voici le paragraphe numéro ${k % 30}.`;
    // Three articles of 10 paragraphs, over and over: 90% of the paragraphs repeat one.
    const recurring = paragraphs(300, sentence);
    expect(repeatedShare(recurring)).toBeCloseTo(0.9);
    expect(lexiconFor(learned, recurring, paragraphs(300), dictionary)).toBe(learned);
    // Once over: half repeated, still with the lists.
    const twice = paragraphs(60, sentence);
    expect(repeatedShare(twice)).toBeCloseTo(RECURRING_MAX_SHARE);
    expect(lexiconFor(learned, twice, paragraphs(60), dictionary).get("guerr")).toEqual(coreLexicon().get("guerr"));
    // Short lines recur in any text ("Photo :", "Q :"): they are not counted.
    const live = paragraphs(60, (k) => (k % 2 ? "Photo : AFP" : `Voici le paragraphe numéro ${k}.`));
    expect(repeatedShare(live)).toBe(0);
    expect(lexiconFor(learned, live, paragraphs(60), dictionary).get("guerr")).toEqual(coreLexicon().get("guerr"));
  });

  it("ALIGN_DICTIONARY=off goes without it; a folder is read instead of Debian's", () => {
    process.env.ALIGN_DICTIONARY = "off";
    expect(installedDictionary()).toBeNull();
    process.env.ALIGN_DICTIONARY = path.join(os.tmpdir(), "no-such-dictionary-folder");
    expect(installedDictionary()).toBeNull();
    process.env.ALIGN_DICTIONARY = FREEDICT_DIR;
    expect(installedDictionary()?.get("armee")).toContain("army");
  });

  it("a damaged dictionary is left out with a warning, and aligning goes on", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-dict-"));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      fs.writeFileSync(path.join(dir, "freedict-fra-eng.dict.dz"), "not gzip");
      process.env.ALIGN_DICTIONARY = dir;
      expect(installedDictionary()).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^aligning without FreeDict's dictionary in .*vis-a-vis-dict-.*: incorrect header check$/));
      expect(lexiconFor(new Map(), paragraphs(10), paragraphs(10))).toEqual(coreLexicon());
    } finally {
      warn.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A translation found once on each side is no fixed point: with the dictionary, such
 * "anchors" sent the band astray on news texts of 2,000 paragraphs (strict F1 0.959 ->
 * 0.353 on one; every one of ten is now at least as good as without the dictionary).
 */
it("a lexicon translation found once on each side is evidence, not an anchor", () => {
  const fr = [{ text: "Une armée est là." }, { text: "Carthage a voté." }];
  const en = [{ text: "An army is here." }, { text: "Carthage voted." }];
  const range = { fr0: 0, n: 2, en0: 0, m: 2 };
  const features = extractFeatures(fr, en, undefined, undefined, parseFreedict(SAMPLE));
  // armée ~ army is found once on each side, and the two paragraphs share it ...
  const shared = [...features.fr.keys[0]].filter((id) => features.en.keys[0].includes(id));
  expect(shared.length).toBeGreaterThan(0);
  // ... but only the name is a fixed point.
  expect(anchorChain(features, range)).toEqual([[1, 1]]);
});

/**
 * Two paragraphs the English gives in the other order, with no name, number or cognate
 * to tell them apart: lengths alone link them straight (and flag them); translations
 * (maire/mayor, printemps/spring, commerçants/shopkeepers, clients/customers), the
 * dictionary's or the core word list's, link them crosswise, as they are.
 */
const FR = [
  "Hier soir, la mairie a annoncé de nouvelles mesures pour le quartier.",
  "Les habitants attendaient depuis longtemps un marché couvert et une bibliothèque.",
  "Selon le maire, les travaux commenceront au printemps et dureront deux ans.",
  "Certains commerçants craignent pourtant de perdre leurs clients pendant le chantier.",
  "Une réunion publique aura lieu jeudi à la salle des fêtes.",
];
const EN = [
  "Last night, the town hall announced new measures for the neighbourhood.",
  "Residents had long been waiting for a covered market and a library.",
  "Some shopkeepers nevertheless fear losing their customers during the works.",
  "According to the mayor, work will begin in spring and last two years.",
  "A public meeting will take place on Thursday in the village hall.",
];
const RIGHT = ["0|0", "1|1", "2|3", "3|2", "4|4"];

describe("aligning with the dictionary, through the commands", () => {
  let dir: string;
  let temp: TempDb;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-dict-"));
    fs.writeFileSync(path.join(dir, "conseil.fr.txt"), `${FR.join("\n")}\n`);
    fs.writeFileSync(path.join(dir, "conseil.en.txt"), `${EN.join("\n")}\n`);
    temp = await createTempDb();
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await temp.close();
  });
  const pairs = (links: { fr: number[]; en: number[] }[]) => links.map((l) => `${l.fr.join(",")}|${l.en.join(",")}`).sort();
  const fileMode = (dictionary: string) => {
    const result = runScript("align", ["--fr", path.join(dir, "conseil.fr.txt"), "--en", path.join(dir, "conseil.en.txt"), "--json"], { ALIGN_DICTIONARY: dictionary });
    expect(result.stderr).toBe("");
    return pairs((JSON.parse(result.stdout) as { links: { fr: number[]; en: number[] }[] }).links);
  };

  it("npm run align -- --fr --en links the swapped paragraphs crosswise with it, and with the core word list alone", () => {
    expect(fileMode(FREEDICT_DIR)).toEqual(RIGHT);
    // Before the core word list, lengths alone linked them straight here.
    expect(fileMode("off")).toEqual(RIGHT);
  });

  it("npm run import -- FR --en EN uses it beside the library's lexicon", async () => {
    const result = runScript("import", [path.join(dir, "conseil.fr.txt"), "--en", path.join(dir, "conseil.en.txt"), "--slug", "conseil"], { DATABASE_URL: temp.url, ALIGN_DICTIONARY: FREEDICT_DIR });
    expect(result.status).toBe(0);
    const doc = await temp.db.document.findUniqueOrThrow({ where: { slug: "conseil" } });
    const links = await temp.db.alignmentLink.findMany({ where: { documentId: doc.id }, include: { sourceParagraphs: true, targetParagraphs: true } });
    const found = links.map((l) => ({ fr: l.sourceParagraphs.map((p) => p.position), en: l.targetParagraphs.map((p) => p.position) }));
    expect(pairs(found)).toEqual(RIGHT);
  });
});
