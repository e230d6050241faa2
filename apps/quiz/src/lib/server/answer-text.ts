import type { Choice, NumericKey, Question, Response } from '@newsquiz/question-bank';

/** Answers in words, for feedback and review: "Iran", "True", "between 80 and 90 people". */
export type AnswerText = string[];

const textOf = (choices: Choice[], id: string) => choices.find((choice) => choice.id === id)?.text ?? id;

function numberText(value: number, unit: string | undefined): string {
  return unit ? `${value.toLocaleString('en-US')} ${unit}` : value.toLocaleString('en-US');
}

function numericKeyText(key: NumericKey, unit: string | undefined): string {
  if (key.kind === 'range')
    return `between ${numberText(key.min, undefined)} and ${numberText(key.max, unit)}`;
  if (key.tolerance === 0) return numberText(key.value, unit);
  return `${numberText(key.value, unit)} (give or take ${key.tolerance.toLocaleString('en-US')})`;
}

export function correctAnswerText(question: Question): AnswerText {
  switch (question.type) {
    case 'single-choice':
      return [textOf(question.options, question.key)];
    case 'multiple-response':
      return question.key.map((id) => textOf(question.options, id));
    case 'true-false':
      return [question.key ? 'True' : 'False'];
    case 'numeric':
      return [numericKeyText(question.key, question.unit)];
    case 'short-answer':
    case 'cloze':
      return question.key.slice(0, 1);
    case 'matching':
      return question.key.map(
        (pair) => `${textOf(question.prompts, pair.prompt)}: ${textOf(question.options, pair.option)}`
      );
    case 'ordering':
      return question.key.map((id, index) => `${index + 1}. ${textOf(question.options, id)}`);
  }
}

export function responseText(question: Question, response: Response): AnswerText {
  const options = 'options' in question ? question.options : [];
  switch (response.type) {
    case 'single-choice':
      return [textOf(options, response.choice)];
    case 'multiple-response':
      return response.choices.map((id) => textOf(options, id));
    case 'true-false':
      return [response.value ? 'True' : 'False'];
    case 'numeric':
      return [numberText(response.value, 'unit' in question ? question.unit : undefined)];
    case 'short-answer':
    case 'cloze':
      return [response.text];
    case 'matching': {
      const prompts = 'prompts' in question ? question.prompts : [];
      return response.pairs.map((pair) => `${textOf(prompts, pair.prompt)}: ${textOf(options, pair.option)}`);
    }
    case 'ordering':
      return response.order.map((id, index) => `${index + 1}. ${textOf(options, id)}`);
  }
}
