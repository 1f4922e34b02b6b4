import fs from "node:fs";
import path from "node:path";
import { splitSentences, type Sentence, type SentenceLang } from "../../lib/text/sentences";

/** Sentences and the gaps between them give the paragraph back exactly; gaps are white space. */
function expectExactCover(text: string, sentences: Sentence[]): void {
  const problems: string[] = [];
  let rebuilt = "";
  let at = 0;
  for (const [i, s] of sentences.entries()) {
    const gap = text.slice(at, s.start);
    if (s.start < at) problems.push(`sentence ${i} starts before the previous one ends`);
    if (!/^\s*$/.test(gap)) problems.push(`text between sentences ${i - 1} and ${i}: ${JSON.stringify(gap)}`);
    if (s.text !== text.slice(s.start, s.end)) problems.push(`sentence ${i} is not the text at its offsets`);
    if (!s.text || s.text !== s.text.trim()) problems.push(`sentence ${i} is empty or has spaces around it`);
    rebuilt += gap + s.text;
    at = s.end;
  }
  expect(problems).toEqual([]);
  expect(text.slice(at)).toMatch(/^\s*$/);
  expect(rebuilt + text.slice(at)).toBe(text);
}

const split = (text: string, lang: SentenceLang) => {
  const sentences = splitSentences(text, lang);
  expectExactCover(text, sentences);
  return sentences.map((s) => s.text);
};

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("French", () => {
  it.each<[string, string, string[]]>([
    ["two plain sentences", "Le sommet s'est ouvert lundi. Il durera trois jours.", ["Le sommet s'est ouvert lundi.", "Il durera trois jours."]],
    ["M. before a name", "M. Kim a reçu mercredi M. Choïgou. Ils ont parlé.", ["M. Kim a reçu mercredi M. Choïgou.", "Ils ont parlé."]],
    ["MM., Mme, Mgr, Dr", "MM. Dupont et Durand, Mme Martin, Mgr Lefèvre et le Dr. Roux sont arrivés. La séance a commencé.", ["MM. Dupont et Durand, Mme Martin, Mgr Lefèvre et le Dr. Roux sont arrivés.", "La séance a commencé."]],
    ["St. before a name", "Il vit à St. Louis depuis 2010. Sa sœur aussi.", ["Il vit à St. Louis depuis 2010.", "Sa sœur aussi."]],
    ["av. J.-C. ending a sentence", "La ville fut fondée en 753 av. J.-C. Elle devint un empire.", ["La ville fut fondée en 753 av. J.-C.", "Elle devint un empire."]],
    ["J.-C. as initials", "J.-C. Juncker a démissionné. J.-P. Raffarin aussi.", ["J.-C. Juncker a démissionné.", "J.-P. Raffarin aussi."]],
    ["initials after a lowercase word", "Le texte est signé par G. W. Bush et J. K. Rowling. Personne n'y croit.", ["Le texte est signé par G. W. Bush et J. K. Rowling.", "Personne n'y croit."]],
    ["p. ex. and cf.", "Certains pays, p. ex. Malte, ont refusé (cf. Annexe 2). Les autres ont signé.", ["Certains pays, p. ex. Malte, ont refusé (cf. Annexe 2).", "Les autres ont signé."]],
    ["etc. ending a sentence", "Ils vendent des pommes, des poires, etc. Le marché ferme à midi.", ["Ils vendent des pommes, des poires, etc.", "Le marché ferme à midi."]],
    ["etc. inside a sentence", "Des pommes, des poires, etc. sont vendues ici.", ["Des pommes, des poires, etc. sont vendues ici."]],
    ["decimal comma and point, millions", "La croissance a atteint 3,5 % en 2024. Elle était de 3.5 selon l'OCDE, soit 1.2 million d'emplois.", ["La croissance a atteint 3,5 % en 2024.", "Elle était de 3.5 selon l'OCDE, soit 1.2 million d'emplois."]],
    ["a sentence opening with a number", "Viktor Orbán recueille 38 %. 54 % des sondés ne lui font pas confiance.", ["Viktor Orbán recueille 38 %.", "54 % des sondés ne lui font pas confiance."]],
    ["p. and art. before numbers", "Voir p. 12 et l'art. 3 du traité. Le reste suit.", ["Voir p. 12 et l'art. 3 du traité.", "Le reste suit."]],
    ["a date with an abbreviated month", "Il est né le 3 janv. 1950 à Lyon. Il est mort en 2020.", ["Il est né le 3 janv. 1950 à Lyon.", "Il est mort en 2020."]],
    ["three dots and the ellipsis character", "Il hésita... Puis il partit… Enfin, il revint… sans un mot.", ["Il hésita...", "Puis il partit…", "Enfin, il revint… sans un mot."]],
    ["an omission in a quotation", "« Le président (...) Macron a refusé », dit-il. Il est parti.", ["« Le président (...) Macron a refusé », dit-il.", "Il est parti."]],
    ["a quotation and its attribution", "« Nous partirons. », a déclaré M. Dupont. Il est parti.", ["« Nous partirons. », a déclaré M. Dupont.", "Il est parti."]],
    [
      "guillemets with no-break spaces and inner sentences, then the attribution",
      `«${NBSP}Nous partirons. Nous reviendrons.${NBSP}», a déclaré M.${NBSP}Dupont. Il est parti.`,
      [`«${NBSP}Nous partirons.`, `Nous reviendrons.${NBSP}», a déclaré M.${NBSP}Dupont.`, "Il est parti."],
    ],
    [
      "a quotation ending the sentence, then a new one",
      `Il a dit${NNBSP}: «${NNBSP}Partirons-nous${NNBSP}? Je ne sais pas.${NNBSP}» Puis il s'est tu.`,
      [`Il a dit${NNBSP}: «${NNBSP}Partirons-nous${NNBSP}?`, `Je ne sais pas.${NNBSP}»`, "Puis il s'est tu."],
    ],
    ["a question in guillemets, then the attribution", `«${NBSP}Partirons-nous${NBSP}?${NBSP}», s'est-il demandé.`, [`«${NBSP}Partirons-nous${NBSP}?${NBSP}», s'est-il demandé.`]],
    ["an exclamation in guillemets inside a sentence", "Il a crié « Non ! » et il est parti. Personne ne l'a suivi.", ["Il a crié « Non ! » et il est parti.", "Personne ne l'a suivi."]],
    ["straight quotes as AFP writes them", 'Il a promis un "soutien inconditionnel" à Moscou. "Nous vaincrons", a-t-il dit.', ['Il a promis un "soutien inconditionnel" à Moscou.', '"Nous vaincrons", a-t-il dit.']],
    ["no-break space before ? and !", `Vraiment${NBSP}? Oui${NBSP}! Bien sûr.`, [`Vraiment${NBSP}?`, `Oui${NBSP}!`, "Bien sûr."]],
    ["a lettered plan ending a sentence", "Il faut un plan B. Macron l'a dit.", ["Il faut un plan B.", "Macron l'a dit."]],
    ["a list", "1. Renforcer la défense. 2. Réduire la dette.", ["1. Renforcer la défense.", "2. Réduire la dette."]],
    ["a paragraph without final stop", "Kim Jong Un promet un soutien à la Russie", ["Kim Jong Un promet un soutien à la Russie"]],
  ])("%s", (_, text, expected) => {
    expect(split(text, "fr")).toEqual(expected);
  });
});

describe("English", () => {
  it.each<[string, string, string[]]>([
    ["Mr., Mrs., Dr.", "Mr. Smith met Mrs. Jones and Dr. Brown on Monday. They talked.", ["Mr. Smith met Mrs. Jones and Dr. Brown on Monday.", "They talked."]],
    ["U.S. before a name", "The U.S. Army said it would leave. The U.N. Security Council agreed.", ["The U.S. Army said it would leave.", "The U.N. Security Council agreed."]],
    ["U.S. ending a sentence", "He moved to the U.S. He liked it there.", ["He moved to the U.S.", "He liked it there."]],
    ["a.m. inside and at the end", "They met at 10 a.m. on Monday. It ended at 5 p.m. The talks resume today.", ["They met at 10 a.m. on Monday.", "It ended at 5 p.m.", "The talks resume today."]],
    ["initials", "G. W. Bush and J.K. Rowling were there. So was E. L. James.", ["G. W. Bush and J.K. Rowling were there.", "So was E. L. James."]],
    ["No. before a number, no as a sentence", "He lives at No. 10 Downing Street. No. He left.", ["He lives at No. 10 Downing Street.", "No.", "He left."]],
    ["an abbreviated month before a day", "Officers arrived about 3 p.m. on Nov. 21 and found her. She was unhurt.", ["Officers arrived about 3 p.m. on Nov. 21 and found her.", "She was unhurt."]],
    ["decimals and millions", "Growth was 3.5 percent, or 1.2 million jobs. That beat forecasts.", ["Growth was 3.5 percent, or 1.2 million jobs.", "That beat forecasts."]],
    ["a question then its attribution", '"Will we leave?" he asked. "Yes." She left.', ['"Will we leave?" he asked.', '"Yes."', "She left."]],
    ["a quotation with inner sentences then the attribution", '"We will leave. We will come back," said Mr. Dupont. He left.', ['"We will leave.', 'We will come back," said Mr. Dupont.', "He left."]],
    ["e.g. and i.e.", "Some states, e.g. Malta, refused, i.e. Valletta said no. Others signed.", ["Some states, e.g. Malta, refused, i.e. Valletta said no.", "Others signed."]],
    ["curly quotes and an ellipsis", "“We will win…” He paused. “Eventually.”", ["“We will win…”", "He paused.", "“Eventually.”"]],
  ])("%s", (_, text, expected) => {
    expect(split(text, "en")).toEqual(expected);
  });
});

describe("offsets", () => {
  it("give each sentence's place in the paragraph, spaces and line breaks left in the gaps", () => {
    const text = "  Premier.\n\nDeuxième ici.   Troisième !\t";
    expect(splitSentences(text, "fr")).toEqual([
      { text: "Premier.", start: 2, end: 10 },
      { text: "Deuxième ici.", start: 12, end: 25 },
      { text: "Troisième !", start: 28, end: 39 },
    ]);
  });

  it("are UTF-16 offsets, as JavaScript strings count (emoji, RTL marks, combining accents)", () => {
    const text = "Il a souri 😀. Puis il a dit \u200Fשלום\u200F. Cafe\u0301 ouvert.";
    const sentences = split(text, "fr");
    expect(sentences).toEqual(["Il a souri 😀.", "Puis il a dit \u200Fשלום\u200F.", "Cafe\u0301 ouvert."]);
  });

  it.each([
    ["", []],
    ["   \n ", []],
    ["Un seul mot", ["Un seul mot"]],
    ["Contrôle\u0001 caché. Ici\r\nCRLF.", ["Contrôle\u0001 caché.", "Ici", "CRLF."]],
  ])("cover any text exactly: %j", (text, expected) => {
    expect(split(text, "fr")).toEqual(expected);
  });

  it("are the same in a very long paragraph as in short ones (it is segmented in windows)", () => {
    const unit = ["M. Dupont a parlé.", "« Nous partirons. », a-t-il dit.", "Il hésita...", "« Partirons-nous ? » demanda-t-il.", "54 % ont dit non."];
    const text = `${unit.join(" ")} `.repeat(3_000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(split(text, "fr")).toEqual(Array.from({ length: 3_000 }, () => unit).flat());
  });

  it("keep a sentence longer than a window whole", () => {
    const sentence = `Une phrase ${"sans fin, ".repeat(2_000)}enfin terminée.`;
    expect(split(`${sentence} Suite.`, "fr")).toEqual([sentence, "Suite."]);
  });
});

describe("the sample corpus", () => {
  const corpus = path.join(__dirname, "..", "..", "prisma", "corpus");
  // The first line of each file is its header ("date 2025-06 Title…"), not a paragraph.
  const paragraphs = (file: string) =>
    fs.readFileSync(path.join(corpus, file), "utf8").split(/\n\s*\n/).filter((p) => p.trim() && !p.trim().startsWith("date "));

  it.each([
    ["kim-soutien-inconditionnel-russie.fr.txt", "fr"],
    ["kim-soutien-inconditionnel-russie.en.txt", "en"],
    ["choigou-rencontre-kim-pyongyang.fr.txt", "fr"],
    ["choigou-rencontre-kim-pyongyang.en.txt", "en"],
  ] as const)("%s: every paragraph covered exactly, no sentence cut after M. or inside a quotation", (file, lang) => {
    for (const paragraph of paragraphs(file)) {
      for (const sentence of split(paragraph, lang)) {
        expect(sentence).not.toMatch(/(^|\s)(M|MM|Mr|Dr)\.$/);
        expect(sentence).not.toMatch(/^[a-zà-ÿ]/);
      }
    }
  });

  it("keeps a quotation, its attribution and M. Macron in one sentence", () => {
    const paragraph = paragraphs("kim-soutien-inconditionnel-russie.fr.txt").find((p) => p.startsWith('"Si la Chine'))!;
    expect(split(paragraph, "fr")).toEqual([paragraph]);
  });
});
