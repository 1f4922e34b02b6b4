import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { alignParagraphs } from "../../lib/align/align";
import { CORE_LEXICON } from "../../lib/align/lexicon/core-lexicon";
import { lexiconFor } from "../../lib/align/lexicon/dictionary";
import { coreLexicon, parseWordList } from "../../lib/align/lexicon/word-list";
import { runScript } from "../helpers/run-script";

/**
 * Issue 13: "Lexical evidence that generalises … The aligner must still work with an empty
 * library." The core word list gives every text translation evidence, on an empty library
 * and without FreeDict.
 */

describe("word lists", () => {
  it("read a word and its first translation a line, by stem; stop words, short words and phrases give nothing", () => {
    const lexicon = parseWordList(["", "année\tyear,years", "gouvernement\tgovernment", "gouverner\trule,govern", "dans\tinside", "aujourd'hui\ttoday", "semaine\tthe week", "ici\there", "no tab here", ""].join("\n"));
    expect(Object.fromEntries(lexicon)).toEqual({
      annee: ["year"],
      // Words sharing a stem pool their first translations.
      gouve: ["gover", "rule"],
      // The apostrophe joins the word, as its first part keys in running text.
      aujou: ["today"],
      // "the" is a stop word: "the week" is one word.
      semai: ["week"],
    });
  });

  it("the core list is well formed: a French word, a tab, translations; each French word once", () => {
    const lines = CORE_LEXICON.split("\n").filter((l) => l.trim());
    const malformed = lines.filter((l) => !/^[^\t,]+\t[a-z]+(,[a-z]+)*$/.test(l));
    expect(malformed).toEqual([]);
    const words = lines.map((l) => l.split("\t")[0]);
    expect(words.length - new Set(words).size).toBe(0);
    expect(coreLexicon().size).toBeGreaterThan(2000);
    expect(coreLexicon().get("annee")).toContain("year");
    expect(coreLexicon().get("semai")).toContain("week");
    expect(coreLexicon().get("guerr")).toContain("war");
  });

  it("is what a text is aligned with on an empty library, before the dictionary", () => {
    const ten = Array.from({ length: 10 }, (_, k) => ({ text: `Paragraphe ${k}.` }));
    const lexicon = lexiconFor(new Map(), ten, ten, null);
    expect(lexicon).toEqual(coreLexicon());
    expect(lexiconFor(new Map([["annee", ["annua"]]]), ten, ten, null).get("annee")).toEqual(["annua"]);
  });
});

// Plain prose: no names, numbers or quotes, and few look-alike words; the English leaves
// out the fourth paragraph, whose length is like its neighbours'.
const FR = [
  "Hier soir, la pluie est tombée sans arrêt sur la vieille ville, et les rues étaient presque vides.",
  "Les habitants ont fermé leurs fenêtres, allumé le chauffage et attendu que le vent se calme enfin.",
  "Au matin, les enfants ont trouvé des branches cassées dans la cour de l'école et des feuilles partout.",
  "La boulangère du quartier raconte qu'elle n'avait jamais vu un orage aussi violent depuis sa jeunesse.",
  "Son mari, lui, se souvient d'une tempête semblable quand il était encore soldat, loin de sa famille.",
  "Les pompiers ont passé la journée à dégager les routes et à vérifier les toits des maisons les plus anciennes.",
  "Dans l'après-midi, le soleil est revenu et les voisins se sont retrouvés devant la mairie pour parler des dégâts.",
  "Chacun espère maintenant que la saison froide sera plus douce que celle de l'année dernière.",
];
const EN = [
  "Last night, the rain fell without stopping on the old town, and the streets were almost empty.",
  "Residents closed their windows, turned on the heating and waited for the wind to finally calm down.",
  "In the morning, the children found broken branches in the schoolyard and leaves everywhere.",
  "Her husband remembers a similar storm from when he was still a soldier, far from his family.",
  "Firefighters spent the day clearing the roads and checking the roofs of the oldest houses.",
  "In the afternoon, the sun came back and the neighbours met in front of the town hall to talk about the damage.",
  "Everyone now hopes that the cold season will be milder than last year's.",
];
const RIGHT = ["0|0", "1|1", "2|2", "3|", "4|3", "5|4", "6|5", "7|6"];
const pairs = (links: { fr: number[]; en: number[] }[]) => links.map((l) => `${l.fr.join(",")}|${l.en.join(",")}`);

describe("aligning plain prose with the core word list", () => {
  it("finds the paragraph the English leaves out, which length alone cannot tell", () => {
    const fr = FR.map((text) => ({ text }));
    const en = EN.map((text) => ({ text }));
    expect(pairs(alignParagraphs({ fr, en, lexicon: lexiconFor(new Map(), fr, en, null) }))).toEqual(RIGHT);
  });

  it("npm run align -- --fr --en does so without FreeDict", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vis-a-vis-words-"));
    try {
      fs.writeFileSync(path.join(dir, "fr.txt"), `${FR.join("\n")}\n`);
      fs.writeFileSync(path.join(dir, "en.txt"), `${EN.join("\n")}\n`);
      const result = runScript("align", ["--fr", path.join(dir, "fr.txt"), "--en", path.join(dir, "en.txt"), "--json"], { ALIGN_DICTIONARY: "off" });
      expect(result.stderr).toBe("");
      const links = (JSON.parse(result.stdout) as { links: { fr: number[]; en: number[]; score: number }[] }).links;
      expect(pairs(links)).toEqual(RIGHT);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
