import { clozeBlank, type MatchingQuestion, type Question } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import { unsupported, type SkippedQuestion, type TextExport } from './export-report.ts';
import type { FormatLimits } from './format-limits.ts';
import { escapeGift as e } from './gift-escape.ts';

export const giftLimits: FormatLimits = {
  name: 'GIFT',
  types: {
    'single-choice': true,
    'multiple-response': true,
    'true-false': true,
    numeric: true,
    'short-answer': true,
    cloze: true,
    matching: true,
    ordering: false,
    'evidence-selection': true
  }
};

/** The comment that carries what GIFT has no place for, so our own files read back whole. */
export const giftMetaPrefix = '// newsquiz ';

// Moodle accepts only these answer weights; 1/n of the key is rounded onto the nearest.
const moodleWeights = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
  11.11111, 10, 5
];

export function moodleWeight(share: number): number {
  const percent = share * 100;
  return moodleWeights.reduce((best, weight) =>
    Math.abs(weight - percent) < Math.abs(best - percent) ? weight : best
  );
}

/**
 * A matching question as GIFT's lines: each prompt in order with its match, then every option no prompt
 * matches; `optionOrder` is, for each option as shown, the line that holds it.
 */
export function matchingLines(question: MatchingQuestion): {
  lines: { prompt: string | undefined; option: string }[];
  optionOrder: number[];
} {
  const options = new Map(question.options.map((option) => [option.id, option.text]));
  // The gates give every prompt exactly one match.
  const matched = question.prompts.flatMap((prompt) => {
    const pair = question.key.find((candidate) => candidate.prompt === prompt.id);
    return pair ? [{ prompt: prompt.text, optionId: pair.option }] : [];
  });
  const used = new Set(matched.map((line) => line.optionId));
  const distractors = question.options
    .filter((option) => !used.has(option.id))
    .map((option) => ({ prompt: undefined, optionId: option.id }));
  const ordered = [...matched, ...distractors];
  return {
    lines: ordered.map((line) => ({ prompt: line.prompt, option: options.get(line.optionId)! })),
    optionOrder: question.options.map((option) => ordered.findIndex((line) => line.optionId === option.id))
  };
}

function feedback(question: Question): string {
  return `\n\t####${e(question.explanation)}`;
}

function answersOf(question: Question): string | undefined {
  switch (question.type) {
    case 'single-choice':
      return question.options
        .map((option) => `\n\t${option.id === question.key ? '=' : '~'}${e(option.text)}`)
        .join('');
    case 'multiple-response': {
      const right = moodleWeight(1 / question.key.length);
      const wrong = moodleWeight(1 / Math.max(1, question.options.length - question.key.length));
      return question.options
        .map((option) => `\n\t~%${question.key.includes(option.id) ? right : -wrong}%${e(option.text)}`)
        .join('');
    }
    case 'true-false':
      return question.key ? 'TRUE' : 'FALSE';
    case 'numeric':
      return question.key.kind === 'range'
        ? `#${question.key.min}..${question.key.max}`
        : `#${question.key.value}:${question.key.tolerance}`;
    case 'short-answer':
    case 'cloze':
      return question.key.map((answer) => `\n\t=${e(answer)}`).join('');
    case 'matching':
      // A distractor, an option no prompt matches, is a line with nothing left of the arrow.
      return matchingLines(question)
        .lines.map(({ prompt, option }) => `\n\t=${prompt ? `${e(prompt)} ` : ' '}-> ${e(option)}`)
        .join('');
    case 'evidence-selection':
      // Any cited paragraph is right; GIFT gives each "=" answer full marks.
      return question.options
        .map((option) => `\n\t${question.key.includes(option.id) ? '=' : '~'}${e(option.text)}`)
        .join('');
    case 'ordering':
      return undefined;
  }
}

function giftQuestion(question: Question): string | undefined {
  const answers = answersOf(question);
  if (answers === undefined) return undefined;
  const { id, topic, skill, factIds, evidence, difficulty } = question;
  const unit = question.type === 'numeric' ? question.unit : undefined;
  const paragraphs =
    question.type === 'evidence-selection' ? question.options.map((option) => option.id) : undefined;
  const optionOrder = question.type === 'matching' ? matchingLines(question).optionOrder : undefined;
  // A passage that ends at its blank reads in GIFT as a short answer; this says it is a cloze.
  const cloze = question.type === 'cloze' ? true : undefined;
  const meta = `${giftMetaPrefix}${JSON.stringify({ id, topic, skill, factIds, evidence, difficulty, unit, paragraphs, optionOrder, cloze })}`;
  const block = `{${answers}${feedback(question)}\n}`;
  if (question.type === 'cloze') {
    // The stem, a line break, then the passage with the answers where the blank is.
    const [before = '', after = ''] = question.passage.split(clozeBlank);
    return `${meta}\n::${id}::${e(question.stem)}\\n${e(before)}${block}${e(after)}`;
  }
  return `${meta}\n::${id}::${e(question.stem)}${block}`;
}

/**
 * Moodle's GIFT text. Lost: ordering questions (GIFT has none; each is listed in `skipped`) and the
 * order matching options are shown in (Moodle shuffles them).
 */
export function exportGift(bank: QuestionBank): TextExport {
  const skipped: SkippedQuestion[] = [];
  const blocks = [`// ${bank.title}\n$CATEGORY: $course$/${bank.article}`];
  for (const question of bank.questions) {
    const text = giftQuestion(question);
    if (text === undefined) skipped.push(unsupported(question.id, question.type, 'GIFT'));
    else blocks.push(text);
  }
  return { text: `${blocks.join('\n\n')}\n`, skipped };
}
