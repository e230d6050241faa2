import type { Random, Response } from '@newsquiz/question-bank';
import type { PageField, QuestionPage } from './question-page.ts';

/** The form fields a student posts and the response the app must store for them. */
export type PlannedAnswer = { fields: [string, string][]; expected: Response };

function field<K extends PageField['kind']>(page: QuestionPage, kind: K): Extract<PageField, { kind: K }> {
  const found = page.fields.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`question ${page.number} (${page.type}): the page has no ${kind} field`);
  return found as Extract<PageField, { kind: K }>;
}

const pick = (values: readonly string[], random: Random) => values[random.int(0, values.length - 1)]!;

/**
 * A random but valid answer to the question on the page, and what the app's form parsing makes of it
 * (sorted choices, matches in prompt order, items by position), so the stored row can be checked exactly.
 */
export function planAnswer(page: QuestionPage, random: Random): PlannedAnswer {
  switch (page.type) {
    case 'single-choice': {
      const { name, values } = field(page, 'choice');
      const choice = pick(values, random);
      return { fields: [[name, choice]], expected: { type: 'single-choice', choice } };
    }
    case 'evidence-selection': {
      const { name, values } = field(page, 'choice');
      const choice = pick(values, random);
      return { fields: [[name, choice]], expected: { type: 'evidence-selection', choice } };
    }
    case 'true-false': {
      const { name, values } = field(page, 'choice');
      const value = pick(values, random);
      return { fields: [[name, value]], expected: { type: 'true-false', value: value === 'true' } };
    }
    case 'multiple-response': {
      const { name, values } = field(page, 'choice');
      const choices = random.shuffle(values).slice(0, random.int(1, values.length));
      return {
        fields: choices.map((choice) => [name, choice]),
        expected: { type: 'multiple-response', choices: [...choices].sort() }
      };
    }
    case 'numeric': {
      const value = random.int(0, 500);
      return { fields: [[field(page, 'text').name, String(value)]], expected: { type: 'numeric', value } };
    }
    case 'short-answer':
    case 'cloze': {
      const text = `guess ${random.int(1, 9999)}`;
      return { fields: [[field(page, 'text').name, text]], expected: { type: page.type, text } };
    }
    case 'matching': {
      const selects = page.fields.filter((candidate) => candidate.kind === 'select');
      const pairs = selects.map((select) => ({
        prompt: select.name.replace(/^match-/, ''),
        option: pick(select.values, random)
      }));
      return {
        fields: pairs.map((pair) => [`match-${pair.prompt}`, pair.option]),
        expected: { type: 'matching', pairs }
      };
    }
    case 'ordering': {
      const selects = page.fields.filter((candidate) => candidate.kind === 'select');
      const positions = random.shuffle(selects.map((_, index) => index + 1));
      const items = selects.map((select, index) => ({
        id: select.name.replace(/^position-/, ''),
        name: select.name,
        position: positions[index]!
      }));
      return {
        fields: items.map((item) => [item.name, String(item.position)]),
        expected: {
          type: 'ordering',
          order: [...items].sort((a, b) => a.position - b.position).map((item) => item.id)
        }
      };
    }
    default:
      throw new Error(`question ${page.number}: no answer planned for the question type "${page.type}"`);
  }
}
