import { containsAnswer, normaliseAnswer } from '../normalise-answer.ts';
import type { Choice } from '../question-fields.ts';
import { isAllOrNoneOfTheAbove, lengthsSimilar, optionKind, unemphasisedNegation } from './option-rules.ts';
import type { QuestionPath, QuestionProblem } from './question-problem.ts';

/** The rules the kinds of question share; each kind picks those that fit it. */

export function missingKey(message: string): QuestionProblem {
  return { code: 'missing-key', path: ['key'], message };
}

/** Key entries that name no option of the question. */
export function unknownKeyOptions(
  options: readonly Choice[],
  ids: readonly string[],
  path: QuestionPath
): QuestionProblem[] {
  const optionIds = new Set(options.map((option) => option.id));
  return ids
    .map((option, index) => ({ option, index }))
    .filter(({ option }) => !optionIds.has(option))
    .map(({ option, index }) => ({
      code: 'unknown-key-option',
      option,
      path: ids.length === 1 && path.length === 1 ? path : [...path, index],
      message: `the key names option "${option}", which the question does not have`
    }));
}

/** A list of options or prompts. */
export type ChoiceList = {
  choices: readonly Choice[];
  field: 'options' | 'prompts';
  stem: string;
  /** Answers to choose from, not prompts or items to put in order: kind and length give those away. */
  answers: boolean;
  minimum?: number;
};

export function choiceListProblems({
  choices,
  field,
  stem,
  answers,
  minimum
}: ChoiceList): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (minimum !== undefined && choices.length < minimum) {
    problems.push({
      code: 'too-few-options',
      minimum,
      path: [field],
      message: `needs at least ${minimum} options`
    });
  }
  const seen = new Map<string, number>();
  choices.forEach((choice, index) => {
    const normal = normaliseAnswer(choice.text);
    if (seen.has(normal)) {
      problems.push({
        code: 'duplicate-option',
        text: choice.text,
        path: [field, index, 'text'],
        message: `"${choice.text}" repeats ${field} ${seen.get(normal)! + 1}`
      });
    }
    seen.set(normal, index);
    if (isAllOrNoneOfTheAbove(choice.text)) {
      problems.push({
        code: 'all-or-none-of-the-above',
        path: [field, index, 'text'],
        message: `"${choice.text}" tests test-taking, not the article`
      });
    }
    if (answers && containsAnswer(stem, choice.text)) {
      problems.push({
        code: 'giveaway-option',
        text: choice.text,
        path: [field, index, 'text'],
        message: `the stem already says "${choice.text}"`
      });
    }
  });
  if (!answers) return problems;
  const kinds = [...new Set(choices.map((choice) => optionKind(choice.text)))];
  if (kinds.length > 1) {
    problems.push({
      code: 'mixed-option-kinds',
      kinds,
      path: [field],
      message: `${field} mix kinds (${kinds.join(', ')}), so the odd one out gives itself away`
    });
  }
  if (!lengthsSimilar(choices.map((choice) => choice.text))) {
    problems.push({
      code: 'option-lengths-differ',
      path: [field],
      message: `the longest of the ${field} is more than three times the shortest`
    });
  }
  return problems;
}

/**
 * A key that is the longest option by far, at least a quarter and 15 characters longer than every other:
 * the oldest cue of the test-wise ("pick the longest"), which the right answer's extra care tends to make.
 */
export function keyLengthProblems(options: readonly Choice[], keyId: string): QuestionProblem[] {
  const index = options.findIndex((option) => option.id === keyId);
  const others = options.filter((option) => option.id !== keyId).map((option) => option.text);
  if (index < 0 || !keyStandsOut(options[index]!.text, others)) return [];
  const keyLength = options[index]!.text.trim().length;
  const longestOther = Math.max(...others.map((text) => text.trim().length));
  return [
    {
      code: 'key-longest',
      keyLength,
      longestOther,
      path: ['options', index, 'text'],
      message: `the key is the longest option by far (${keyLength} characters, the others at most ${longestOther}), so it gives itself away`
    }
  ];
}

/** Whether a key is the longest option by far: see keyLengthProblems. */
export function keyStandsOut(key: string, others: readonly string[]): boolean {
  if (others.length === 0) return false;
  const keyLength = key.trim().length;
  const longestOther = Math.max(...others.map((text) => text.trim().length));
  return keyLength > longestOther * 1.25 && keyLength > longestOther + 15;
}

/** Options to choose the answer from: at least three, none giving itself away. */
export const answerOptionProblems = (question: { options: readonly Choice[]; stem: string }) =>
  choiceListProblems({
    choices: question.options,
    field: 'options',
    stem: question.stem,
    answers: true,
    minimum: 3
  });

/** Accepted answers that the question already shows. */
export function shownAnswers(shown: string, key: readonly string[]): QuestionProblem[] {
  return key
    .map((answer, index) => ({ answer, index }))
    .filter(({ answer }) => containsAnswer(shown, answer))
    .map(({ answer, index }) => ({
      code: 'giveaway-option',
      text: answer,
      path: ['key', index],
      message: `the question already shows the answer "${answer}"`
    }));
}

/** A key of accepted answers must keep one once case and punctuation are set aside. */
export function acceptedAnswerProblems(key: readonly string[]): QuestionProblem[] {
  return key.some((answer) => normaliseAnswer(answer) !== '')
    ? []
    : [missingKey('no accepted answer is left once case and punctuation are set aside')];
}

/** A "not" or "except" a reader could miss. */
export function negationProblems(text: string, path: QuestionPath): QuestionProblem[] {
  const word = unemphasisedNegation(text);
  return word === undefined
    ? []
    : [
        {
          code: 'negation-without-emphasis',
          word,
          path,
          message: `write "${word}" in capitals so it is not missed`
        }
      ];
}
