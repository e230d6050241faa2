import { seededRandom } from '@newsquiz/question-bank';
import { describe, expect, it } from 'vitest';
import { parseQuestionPage } from './question-page.ts';
import { planAnswer } from './random-answer.ts';

// Trimmed from pages the built app rendered: the title and the question's fieldset are what is read.
const page = (type: string, body: string, number = 3) =>
  `<title>Question ${number} of 20 · Load test quiz · Newsquiz</title><form method="post">` +
  `<fieldset class="question" data-question-type="${type}"><legend>Stem</legend>${body}</fieldset></form>`;

const checkboxes = page(
  'multiple-response',
  ['a', 'b', 'd', 'c']
    .map((id) => `<label><input type="checkbox" name="answer" value="${id}"/> x</label>`)
    .join('')
);
const matching = page(
  'matching',
  ['1', '2']
    .map(
      (prompt) =>
        `<select id="q3-match-${prompt}" name="match-${prompt}" required=""><option value="" selected="">Choose…</option>` +
        `<option value="a">A</option><option value="c">C &amp; D</option></select>`
    )
    .join('')
);
const ordering = page(
  'ordering',
  ['d', 'c', 'a']
    .map(
      (id, index) =>
        `<select name="position-${id}">${[1, 2, 3].map((n) => `<option value="${n}"${n === index + 1 ? ' selected=""' : ''}>${n}</option>`).join('')}</select>`
    )
    .join('')
);
const cloze = page(
  'cloze',
  '<p class="passage">“<input id="q18-blank" class="text-input blank" name="answer" maxlength="200" value="" required=""/>, ok”</p>'
);

describe('parseQuestionPage', () => {
  it('reads the question number, the type and every input group in page order', () => {
    expect(parseQuestionPage(checkboxes)).toEqual({
      number: 3,
      total: 20,
      type: 'multiple-response',
      fields: [{ kind: 'choice', name: 'answer', values: ['a', 'b', 'd', 'c'] }]
    });
    expect(parseQuestionPage(matching).fields).toEqual([
      { kind: 'select', name: 'match-1', values: ['a', 'c'] },
      { kind: 'select', name: 'match-2', values: ['a', 'c'] }
    ]);
    expect(parseQuestionPage(cloze).fields).toEqual([{ kind: 'text', name: 'answer' }]);
  });

  it('names what is missing from a page that is not a question', () => {
    expect(() => parseQuestionPage('<title>Results</title>')).toThrow(/no "Question N of M" title/);
  });
});

describe('planAnswer', () => {
  it('expects choices sorted, as the app stores them', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const { fields, expected } = planAnswer(parseQuestionPage(checkboxes), seededRandom(seed));
      const posted = fields.map(([, value]) => value);
      expect(expected).toEqual({ type: 'multiple-response', choices: [...posted].sort() });
      expect(posted.length).toBeGreaterThan(0);
    }
  });

  it('expects matches in prompt order and items in the order of their positions', () => {
    const match = planAnswer(parseQuestionPage(matching), seededRandom(1));
    expect(match.expected).toEqual({
      type: 'matching',
      pairs: match.fields.map(([name, option]) => ({ prompt: name.slice('match-'.length), option }))
    });
    const order = planAnswer(parseQuestionPage(ordering), seededRandom(2));
    const byPosition = [...order.fields].sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(order.expected).toEqual({
      type: 'ordering',
      order: byPosition.map(([name]) => name.slice('position-'.length))
    });
    expect(new Set(order.fields.map(([, position]) => position))).toEqual(new Set(['1', '2', '3']));
  });

  it('refuses a question type it does not know', () => {
    expect(() => planAnswer(parseQuestionPage(page('essay', '')), seededRandom(1))).toThrow(/"essay"/);
  });
});
