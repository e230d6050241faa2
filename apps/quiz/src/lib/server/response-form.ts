import type { Response, StudentQuestion } from '@newsquiz/question-bank';
import { z } from 'zod';

/** Form field names of one question's inputs; `prefix` keeps questions apart on an all-on-one-page form. */
export function answerFieldName(prefix: string, suffix = 'answer'): string {
  return prefix ? `${prefix}.${suffix}` : suffix;
}

export type ParsedAnswer = { ok: true; response: Response } | { ok: false; field: string; message: string };

const choiceIds = (question: StudentQuestion) => (question.options ?? []).map((option) => option.id);

/**
 * Reads one question's answer from a posted form into the question bank's response shape. Everything is
 * checked against the question as the student saw it, so a forged form gets a message, never a grade.
 */
export function parseAnswerForm(question: StudentQuestion, form: FormData, prefix = ''): ParsedAnswer {
  const field = answerFieldName(prefix);
  const values = form.getAll(field).map(String);
  const single = values[0]?.trim() ?? '';
  const refuse = (message: string, name = field): ParsedAnswer => ({ ok: false, field: name, message });

  switch (question.type) {
    case 'single-choice': {
      if (!single) return refuse('Choose one answer.');
      if (!choiceIds(question).includes(single)) return refuse('That choice is not one of the options.');
      return { ok: true, response: { type: 'single-choice', choice: single } };
    }
    case 'multiple-response': {
      if (values.length === 0) return refuse('Choose at least one answer.');
      const known = choiceIds(question);
      if (values.some((value) => !known.includes(value)))
        return refuse('A choice is not one of the options.');
      return { ok: true, response: { type: 'multiple-response', choices: [...new Set(values)].sort() } };
    }
    case 'true-false': {
      if (single !== 'true' && single !== 'false') return refuse('Choose true or false.');
      return { ok: true, response: { type: 'true-false', value: single === 'true' } };
    }
    case 'numeric': {
      if (!single) return refuse('Enter a number.');
      const number = z.coerce.number().finite().safeParse(single.replace(/[\s,]/g, ''));
      if (!number.success) return refuse('Enter a number, such as 84.');
      return { ok: true, response: { type: 'numeric', value: number.data } };
    }
    case 'short-answer':
    case 'cloze': {
      if (!single) return refuse('Type your answer.');
      if (single.length > 200) return refuse('Keep the answer under 200 characters.');
      return { ok: true, response: { type: question.type, text: single } };
    }
    case 'matching': {
      const options = choiceIds(question);
      const pairs = [];
      for (const prompt of question.prompts ?? []) {
        const name = answerFieldName(prefix, `match-${prompt.id}`);
        const option = String(form.get(name) ?? '');
        if (!option) return refuse(`Choose a match for “${prompt.text}”.`, name);
        if (!options.includes(option)) return refuse('A match is not one of the options.', name);
        pairs.push({ prompt: prompt.id, option });
      }
      return { ok: true, response: { type: 'matching', pairs } };
    }
    case 'ordering': {
      const options = question.options ?? [];
      const positions = options.map((option) => {
        const name = answerFieldName(prefix, `position-${option.id}`);
        return { id: option.id, name, position: Number(form.get(name)) };
      });
      const invalid = positions.find(
        (p) => !Number.isInteger(p.position) || p.position < 1 || p.position > options.length
      );
      if (invalid) return refuse(`Give every item a position from 1 to ${options.length}.`, invalid.name);
      if (new Set(positions.map((p) => p.position)).size !== positions.length) {
        return refuse('Use each position once.', positions[0]!.name);
      }
      const order = [...positions].sort((a, b) => a.position - b.position).map((p) => p.id);
      return { ok: true, response: { type: 'ordering', order } };
    }
  }
}
