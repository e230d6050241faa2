import { correctAnswerText } from './answer-text.ts';
import { kindOf } from './kinds/kinds.ts';
import { parseWrittenNumber } from './kinds/written-number.ts';
import { containsAnswer, normaliseAnswer } from './normalise-answer.ts';
import type { Question } from './question.ts';
import type { Response } from './response.ts';
import { beyondRecall } from './skills.ts';
import { statedNumbers } from './stated-numbers.ts';
import { rememberedPerText } from './text-memo.ts';

/**
 * Give-aways: what one question shows (its stem, its passage, its right options, its explanation and the
 * quotes of its evidence) stating another's answer. A practice draw never holds both.
 */

/**
 * What a student reads of a question as facts: its stem and passage (a cloze shows the rest of the
 * sentence), and once it is answered the options marked right, its explanation and evidence. A wrong
 * option states nothing as fact, except where options are the article's own paragraphs: every one of
 * those is read, right or wrong.
 */
export function feedbackTexts(question: Question): string[] {
  const passage = 'passage' in question ? [question.passage] : [];
  const factualOptions =
    question.type === 'single-choice' || question.type === 'multiple-response'
      ? correctAnswerText(question)
      : question.type === 'evidence-selection'
        ? question.options.map((option) => option.text)
        : [];
  return [
    question.stem,
    ...passage,
    ...factualOptions,
    question.explanation,
    ...question.evidence.map((item) => item.quote)
  ];
}

/**
 * A count in the key, "84" or "4", is stated as "84" or "four"; a day, "Jan. 15, 2024", by its month and
 * day, as a text that dates something to "Jan. 15" within the article's year names it.
 */
function statesAnswer(text: string, answer: string): boolean {
  const value = parseWrittenNumber(answer);
  if (value !== undefined) return statedNumbers(text).includes(value);
  const day = /^(.+\d), \d{4}$/.exec(answer)?.[1];
  return (
    containsAnswer(text, answer) ||
    (day !== undefined && containsAnswer(text, day)) ||
    namesByItsStem(text, answer)
  );
}

/** Text words, in the normal form answers are compared in, remembered per text. */
const wordsOf = rememberedPerText((text) => new Set(normaliseAnswer(text).split(' ')));

/**
 * A one-word name is stated by another form of it: "the Afghan civilians killed near the Kabul airport"
 * names the country a blank keyed "Afghanistan" asks for, as "Iranian" names Iran and "Tajik" Tajiks.
 */
function namesByItsStem(text: string, answer: string): boolean {
  const key = normaliseAnswer(answer);
  if (key.length < 4 || key.includes(' ')) return false;
  for (const word of wordsOf(text)) {
    if (word === key) continue;
    if (word.length >= 5 && key.startsWith(word)) return true;
    if (word.startsWith(key) && word.length - key.length <= 3) return true;
  }
  return false;
}

/**
 * A person among the options is named by surname alone ("Salami said ..." for "Hossein Salami") when no
 * other option ends in the same name. Only a capitalised last word of a longer option counts, so
 * "IRGC Aerospace force commander" is never read as "commander".
 */
function namesBySurname(question: Extract<Question, { type: 'single-choice' }>, key: string, text: string) {
  const surname = /^\S.* (\p{Lu}\p{L}{3,})$/u.exec(key)?.[1];
  if (surname === undefined) return false;
  const shared = question.options.filter((option) => option.text.endsWith(` ${surname}`)).length > 1;
  return !shared && new RegExp(`(?<!\\p{L})${surname}(?!\\p{L})`, 'u').test(text);
}

/**
 * Whether a text states the question's answer. A true/false or an ordering has no answer a text can
 * state in words; its facts are kept apart in a draw by the fact rule instead.
 */
function statesKeyOf(question: Question, text: string): boolean {
  switch (question.type) {
    case 'true-false':
    case 'ordering':
      return false;
    case 'numeric':
      return statedNumbers(text).some(
        (value) => kindOf(question).score(question, { type: 'numeric', value } satisfies Response) === 1
      );
    case 'matching':
      // A pairing is given away when a text names both sides of it.
      return question.key.some((pair) =>
        [question.prompts, question.options].every((choices) => {
          const id = choices === question.prompts ? pair.prompt : pair.option;
          const choice = choices.find((item) => item.id === id);
          return choice !== undefined && containsAnswer(text, choice.text);
        })
      );
    case 'evidence-selection':
      // A quote from a key paragraph points to it as surely as its number does.
      return (
        correctAnswerText(question).some((answer) => containsAnswer(text, answer)) ||
        question.options.some(
          (option) => question.key.includes(option.id) && containsAnswer(option.text, text)
        )
      );
    case 'single-choice': {
      const [key] = correctAnswerText(question);
      return key !== undefined && (statesAnswer(text, key) || namesBySurname(question, key, text));
    }
    case 'cloze':
    case 'short-answer':
      // Any accepted answer is a right one: "the Houthis" answers a blank keyed "Yemen’s Houthis".
      return question.key.some((answer) => statesAnswer(text, answer));
    default:
      return correctAnswerText(question).some((answer) => statesAnswer(text, answer));
  }
}

/**
 * Whether one question's evidence quotes the words another's quotes (the same quote, or one within the
 * other). A student shown one's evidence has read what the other is answered from, though it may be in
 * other words ("a pair of bombings" for a count of 2, "Tehran claimed" for "the Iranian government"),
 * which no text match finds.
 */
export function shareEvidence(a: Question, b: Question): boolean {
  return a.evidence.some((first) =>
    b.evidence.some(
      (second) =>
        first.paragraph === second.paragraph &&
        (first.quote.includes(second.quote) || second.quote.includes(first.quote))
    )
  );
}

/** Words in a row two quotes of one paragraph share that make them one passage read twice. */
const sharedRun = 6;

/** Every run of `sharedRun` words of a quote, in the normal form answers are compared in. */
const runsOf = rememberedPerText((quote) => {
  const words = normaliseAnswer(quote).split(' ');
  return new Set(
    words
      .slice(0, Math.max(0, words.length - sharedRun + 1))
      .map((_, start) => words.slice(start, start + sharedRun).join(' '))
  );
});

/**
 * Whether two questions quote overlapping words of one paragraph, neither quote holding the other: "Iran
 * on Jan. 15 fired four ... missiles at targets Tehran claimed were linked to Islamic State in Syria's
 * Idlib province" and "After ISIS-K took responsibility ..., Iran on Jan. 15 fired ... linked to Islamic
 * State" show one reader the same claim.
 */
export function overlapEvidence(a: Question, b: Question): boolean {
  return a.evidence.some((first) =>
    b.evidence.some((second) => {
      if (first.paragraph !== second.paragraph) return false;
      const runs = runsOf(second.quote);
      return [...runsOf(first.quote)].some((run) => runs.has(run));
    })
  );
}

/** True when `giver`'s feedback states `asked`'s answer in words. */
function statesAnswerOf(giver: Question, asked: Question): boolean {
  return giver !== asked && feedbackTexts(giver).some((text) => statesKeyOf(asked, text));
}

/**
 * True when either question's feedback states the other's answer in words. Two questions that quote one
 * sentence may still ask different things of it (days from each of two events to a third), so this,
 * not the quote, tells whether they ask the same.
 */
export function statesAnswerEitherWay(a: Question, b: Question): boolean {
  return statesAnswerOf(a, b) || statesAnswerOf(b, a);
}

/**
 * Whether a student reads, somewhere in what one question shows, the words another is answered from: a
 * paragraph offered as evidence holds every quote of that paragraph, however the answer is worded.
 */
export function showsEvidenceOf(giver: Question, asked: Question): boolean {
  const texts = feedbackTexts(giver);
  return asked.evidence.some((item) => texts.some((text) => text.includes(item.quote)));
}

/**
 * Whether two questions beyond recall explain their answers from one paragraph. Such an explanation
 * restates the paragraph's point in other words ("the directive covers non-Americans too"), which
 * answers the other question though no text match finds it. An evidence selection is left to the rules
 * above: its explanation quotes the paragraph it keys.
 */
export function explainOneParagraph(a: Question, b: Question): boolean {
  const explains = (question: Question) =>
    beyondRecall(question.skill) && question.type !== 'evidence-selection';
  return (
    explains(a) &&
    explains(b) &&
    a.evidence.some((first) => b.evidence.some((second) => first.paragraph === second.paragraph))
  );
}

/** True when `giver`'s feedback answers `asked`: it states the answer, or shows or quotes its evidence. */
export function givesAway(giver: Question, asked: Question): boolean {
  return (
    giver !== asked &&
    (statesAnswerOf(giver, asked) ||
      shareEvidence(giver, asked) ||
      overlapEvidence(giver, asked) ||
      showsEvidenceOf(giver, asked) ||
      explainOneParagraph(giver, asked))
  );
}

/** True when either question's feedback answers the other, so a draw must not hold both. */
export function giveAwayEitherWay(a: Question, b: Question): boolean {
  return givesAway(a, b) || givesAway(b, a);
}

/** The pairs of questions in a draw where one's feedback answers the other. */
export function giveAwayPairs(questions: readonly Question[]): [Question, Question][] {
  return questions.flatMap((first, index) =>
    questions
      .slice(index + 1)
      .flatMap((second): [Question, Question][] =>
        giveAwayEitherWay(first, second) ? [[first, second]] : []
      )
  );
}
