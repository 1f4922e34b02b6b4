import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchQuery, SearchQueryError } from "../../lib/search/query";

const terms = (text: string) => parseSearchQuery(text).terms.map((t) => `${t.words.join(" ")}${t.prefix ? "*" : ""}`);

describe("reading a search", () => {
  it("folds words: case, accents and ligatures ignored", () => {
    expect(terms("Choïgou KIM Sergueï cœur Straße")).toEqual(["choigou", "kim", "serguei", "coeur", "strasse"]);
  });

  it("keeps quoted phrases whole, and closes a quote left open at the end", () => {
    expect(terms('"Kim Jong Un" Russie "soutien inconditionnel')).toEqual(["kim jong un", "russie", "soutien inconditionnel"]);
  });

  it("reads words joined by an apostrophe or a hyphen as a phrase", () => {
    expect(terms("l'Otan Jong-Un l’Ukraine")).toEqual(["l otan", "jong un", "l ukraine"]);
  });

  it("takes a trailing star as a prefix, but not on a single letter", () => {
    expect(terms('pyong* "Kim Jo"* a*')).toEqual(["pyong*", "kim jo*", "a"]);
  });

  it("never reads signs as syntax: quotes, stars, NEAR, minus signs and brackets are words or nothing", () => {
    for (const text of ['"', "*", "-", '""', "* * *", "()", ":", "^", "!", "&|", "<->"]) expect(terms(text)).toEqual([]);
    expect(terms("NEAR(kim, 2) -russie OR \"\" AND kim:*")).toEqual(["near", "kim", "2", "russie", "or", "and"]);
  });

  it("drops repeated terms and keeps the text as typed", () => {
    const query = parseSearchQuery("  Kim kim KIM  ");
    expect(query).toEqual({ text: "Kim kim KIM", terms: [{ words: ["kim"], prefix: false }] });
  });

  it("refuses a search too long to be one, in one line naming the field", () => {
    const long = "a".repeat(MAX_QUERY_LENGTH + 1);
    expect(() => parseSearchQuery(long, "find")).toThrow(new SearchQueryError(`find: a search is at most ${MAX_QUERY_LENGTH} characters (this one has ${MAX_QUERY_LENGTH + 1})`, "tooLong", MAX_QUERY_LENGTH));
    const many = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `mot${i}`).join(" ");
    expect(() => parseSearchQuery(many)).toThrow(`q: a search has at most ${MAX_TERMS} words or phrases (this one has ${MAX_TERMS + 1})`);
    expect(parseSearchQuery(Array.from({ length: MAX_TERMS }, (_, i) => `mot${i}`).join(" ")).terms).toHaveLength(MAX_TERMS);
  });
});
