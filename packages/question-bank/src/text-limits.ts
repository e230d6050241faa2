// How much a teacher may write in each field of a question. The app's question form and the GIFT import
// both hold questions to these, so an imported question can be edited in the form and no text routine is
// handed more. Plain constants with no imports: the app's browser code reads them too.

/** Characters of a question's stem. */
export const maxStemLength = 1000;
/** Characters of the explanation a student reads after answering (GIFT's general feedback). */
export const maxExplanationLength = 2000;
/** Characters of a topic's id. */
export const maxTopicLength = 100;
/** Characters of one option, prompt, match or item to put in order. */
export const maxChoiceLength = 300;
/** Rows of options, prompts, matches, items or evidence quotes in one question. */
export const maxRows = 20;
/** Characters of a paragraph's id as the form sends it ("p12"). */
export const maxParagraphIdLength = 10;
/** Characters of a paragraph offered as an answer, and of a cloze passage. */
export const maxPassageLength = 2000;
/** Characters of the accepted answers together, one a line, as the form's box holds them. */
export const maxAcceptedLength = 2000;
/** Characters of the matches that fit no prompt together, one a line. */
export const maxDistractorsLength = 2000;
/** Characters of a number as written (a value, tolerance or end of a range), and of its unit. */
export const maxNumberLength = 40;
/** Characters of one evidence quote. */
export const maxQuoteLength = 1000;
/** Characters of a whole GIFT text, refused before it is parsed: far more than a quiz written by hand. */
export const maxGiftLength = 200 * 1024;
/** Questions in one GIFT text, refused before any is read: four times the whole default bank. */
export const maxGiftQuestions = 500;
