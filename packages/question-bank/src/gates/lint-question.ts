import { clozeBlank, Question, type Choice } from '../question.ts';
import { containsAnswer, normaliseAnswer } from '../normalise-answer.ts';
import type { QuestionPath, QuestionProblem } from './question-problem.ts';
import { isAllOrNoneOfTheAbove, lengthsSimilar, optionKind, unemphasisedNegation } from './option-rules.ts';

export type QuestionLint = { ok: true; question: Question } | { ok: false; problems: QuestionProblem[] };

const minimumOptions: Partial<Record<Question['type'], number>> = {
  'single-choice': 3,
  'multiple-response': 3,
  matching: 3,
  ordering: 3
};

/**
 * The quality gates every generated item passes and a teacher's own items are held to; returns every
 * problem at once, each with the path of the field at fault.
 */
export function lintQuestion(input: unknown): QuestionLint {
  const parsed = Question.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        code: 'invalid-shape',
        path: issue.path.filter((segment) => typeof segment !== 'symbol'),
        message: issue.message
      }))
    };
  }
  const question = parsed.data;
  const problems = [...keyProblems(question), ...optionProblems(question), ...textProblems(question)];
  return problems.length === 0 ? { ok: true, question } : { ok: false, problems };
}

function keyProblems(question: Question): QuestionProblem[] {
  const optionIds = 'options' in question ? new Set(question.options.map((option) => option.id)) : new Set();
  const unknown = (ids: readonly string[], path: QuestionPath): QuestionProblem[] =>
    ids
      .map((option, index) => ({ option, index }))
      .filter(({ option }) => !optionIds.has(option))
      .map(({ option, index }) => ({
        code: 'unknown-key-option',
        option,
        path: ids.length === 1 && path.length === 1 ? path : [...path, index],
        message: `the key names option "${option}", which the question does not have`
      }));
  switch (question.type) {
    case 'single-choice':
      return unknown([question.key], ['key']);
    case 'multiple-response': {
      if (question.key.length === 0) return [missingKey('no option is marked correct')];
      if (new Set(question.key).size !== question.key.length) {
        return [{ code: 'key-not-unique', path: ['key'], message: 'the key names one option twice' }];
      }
      return unknown(question.key, ['key']);
    }
    case 'numeric':
      return question.key.kind === 'range' && question.key.min > question.key.max
        ? [{ code: 'bad-range', path: ['key'], message: 'the range ends below its start' }]
        : [];
    case 'short-answer':
    case 'cloze':
      return question.key.some((answer) => normaliseAnswer(answer) !== '')
        ? []
        : [missingKey('no accepted answer is left once case and punctuation are set aside')];
    case 'matching': {
      const prompts = question.prompts.map((prompt) => prompt.id);
      const problems: QuestionProblem[] = [];
      prompts.forEach((prompt, index) => {
        const matches = question.key.filter((pair) => pair.prompt === prompt).length;
        if (matches === 0)
          problems.push({ ...missingKey(`prompt "${prompt}" has no match`), path: ['prompts', index] });
        if (matches > 1) {
          problems.push({
            code: 'key-not-unique',
            path: ['prompts', index],
            message: `prompt "${prompt}" has ${matches} matches`
          });
        }
      });
      const used = question.key.map((pair) => pair.option);
      if (new Set(used).size !== used.length) {
        problems.push({
          code: 'key-not-unique',
          path: ['key'],
          message: 'one option is the match of two prompts'
        });
      }
      return [...problems, ...unknown(used, ['key'])];
    }
    case 'ordering': {
      const isPermutation =
        question.key.length === question.options.length && new Set(question.key).size === question.key.length;
      return isPermutation
        ? unknown(question.key, ['key'])
        : [{ code: 'key-not-unique', path: ['key'], message: 'the key must list every option exactly once' }];
    }
    case 'true-false':
      return [];
  }
}

function missingKey(message: string): QuestionProblem {
  return { code: 'missing-key', path: ['key'], message };
}

// Kind and length give an answer away only among answers to choose from, not among prompts or
// items to put in order.
function choiceListProblems(
  choices: readonly Choice[],
  field: 'options' | 'prompts',
  question: Question,
  answers: boolean
): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const minimum = minimumOptions[question.type];
  if (field === 'options' && minimum !== undefined && choices.length < minimum) {
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
    if (answers && containsAnswer(question.stem, choice.text)) {
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

function optionProblems(question: Question): QuestionProblem[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response':
      return choiceListProblems(question.options, 'options', question, true);
    case 'ordering':
      return choiceListProblems(question.options, 'options', question, false);
    case 'matching':
      return [
        ...choiceListProblems(question.options, 'options', question, true),
        ...choiceListProblems(question.prompts, 'prompts', question, false),
        ...(question.prompts.length < 3
          ? [
              {
                code: 'too-few-options',
                minimum: 3,
                path: ['prompts'],
                message: 'needs at least 3 pairs'
              } as const
            ]
          : [])
      ];
    case 'short-answer':
    case 'cloze': {
      const shown = question.type === 'cloze' ? `${question.stem} ${question.passage}` : question.stem;
      return question.key
        .map((answer, index) => ({ answer, index }))
        .filter(({ answer }) => containsAnswer(shown, answer))
        .map(({ answer, index }) => ({
          code: 'giveaway-option',
          text: answer,
          path: ['key', index],
          message: `the question already shows the answer "${answer}"`
        }));
    }
    default:
      return [];
  }
}

function textProblems(question: Question): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (question.evidence.length === 0) {
    problems.push({
      code: 'missing-evidence',
      path: ['evidence'],
      message: 'cite at least one paragraph and quote'
    });
  }
  const texts: [string, QuestionPath][] = [[question.stem, ['stem']]];
  if (question.type === 'cloze') texts.push([question.passage, ['passage']]);
  for (const [text, path] of texts) {
    const word = unemphasisedNegation(text);
    if (word !== undefined) {
      problems.push({
        code: 'negation-without-emphasis',
        word,
        path,
        message: `write "${word}" in capitals so it is not missed`
      });
    }
  }
  if (question.type === 'cloze') {
    const blanks = question.passage.split(clozeBlank).length - 1;
    if (blanks !== 1) {
      problems.push({
        code: 'bad-blank',
        blanks,
        path: ['passage'],
        message: `the passage needs exactly one ${clozeBlank}, not ${blanks}`
      });
    }
  }
  return problems;
}
