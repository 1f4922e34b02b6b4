/**
 * Function words of each language, folded as foldForMatch folds them (lower case, no
 * accents: "à" is "a", "où" is "ou", "dès" is "des"): articles, determiners, pronouns,
 * prepositions, conjunctions, auxiliaries and the commonest adverbs. They say nothing
 * about what a paragraph is about, and a capital at a sentence start makes none of them a
 * name. Callers that need fewer or more words say which at the call site.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const FRENCH_STOPWORDS: ReadonlySet<string> = words(`
  le la les l un une des de du d au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos
  chaque aucun aucune plusieurs certains certaines quelque quelques tout tous toute toutes autre autres meme
  je j tu il elle ils elles on nous vous lui eux qui que qu quoi dont ou ceux celle celles celui cela ceci
  a dans pour par sur sous avec sans entre vers chez contre selon depuis pendant durant avant apres lors malgre outre en
  et mais donc or ni car si comme quand lorsque puisque parce tandis
  ne pas non oui plus moins tres aussi bien encore deja ainsi alors
  est sont etait etaient ete etre avoir avait avaient ont sera seront aurait fait faire peut peuvent doit
`);

export const ENGLISH_STOPWORDS: ReadonlySet<string> = words(`
  the a an this that these those all some such any each
  i you he she it we they me him them its his her their our your who whom whose which what
  of to in on at for by from with into over about up out after before during since according
  and or but so yet if as than then while when there here not very more most also only just
  is are was were be been being has have had will would can could should may might must does did said says
  one two new
`);
