/** Longest English paragraph a person may save (a whole article pasted by mistake is not one). */
export const MAX_TRANSLATION_LENGTH = 20_000;
