/**
 * How pasted text is named where a file would be ("French text: no article text found"):
 * lib's names, which the web page replaces with its form's labels in the interface's language.
 */
export const PASTED_FRENCH = "French text";
export const PASTED_ENGLISH = "English text";
