import { normaliseAnswer } from './normalise-answer.ts';

/** Words that carry no content of their own, so sharing them tells a student nothing. */
const functionWords = new Set(
  (
    'about above after again against also among another because been before being between both could does ' +
    'down during each even ever every from have having here into itself just many more most much must ' +
    'only other over said same says should since some such than that their them then there these they ' +
    'this those through under until upon very were what when where which while whom whose will with ' +
    'within without would your according article answer answers asked student says'
  ).split(' ')
);

/** A word's plain form: "operatives" and "operative" are one word to a student scanning for it. */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The content words of a text, each once. */
export function contentWords(text: string): Set<string> {
  return new Set(
    normaliseAnswer(text)
      .split(' ')
      .filter((word) => /\d/.test(word) || (word.length >= 4 && !functionWords.has(word)))
      .map(stem)
  );
}

/**
 * How texts are told apart by their words: a word most texts share (Iran, U.S.) tells none apart, so
 * only the words found in few of them count.
 */
export type WordMatcher = {
  /** How many of the question's telling words the text contains. */
  shared(question: string, text: string): number;
};

/** Words found in more than this share of the texts tell none of them apart. */
const commonShare = 0.2;

export function wordMatcher(texts: readonly string[]): WordMatcher {
  const textsWith = new Map<string, number>();
  for (const text of texts) {
    for (const word of contentWords(text)) textsWith.set(word, (textsWith.get(word) ?? 0) + 1);
  }
  const telling = (word: string) => (textsWith.get(word) ?? 0) <= Math.max(1, texts.length * commonShare);
  // A bank asks of the same paragraphs and leads many times over: each text is read once.
  const read = new Map<string, Set<string>>();
  const wordsOf = (text: string) => {
    if (!read.has(text)) read.set(text, contentWords(text));
    return read.get(text)!;
  };
  return {
    shared(question, text) {
      const inText = wordsOf(text);
      return [...wordsOf(question)].filter((word) => telling(word) && inText.has(word)).length;
    }
  };
}

/**
 * True when the right text shares more of the question's telling words than any wrong one by more than
 * one word: a student who only matches words finds it without reading.
 */
export function foundByWords(
  matcher: WordMatcher,
  question: string,
  right: readonly string[],
  wrong: readonly string[]
): boolean {
  const best = (texts: readonly string[]) =>
    Math.max(0, ...texts.map((text) => matcher.shared(question, text)));
  return best(right) > best(wrong) + 1;
}
