import { describe, expect, it } from 'vitest';
import { parseLivePage } from './question-page.ts';

// Trimmed from a student's live page as the built app renders it: the version the page shows, and, while a
// question is open for the student, the answer form with its hidden number.
const livePage = (version: number, form: string) =>
  `<div data-live-events="/attempts/x/live/events" data-version="${version}"><header><h1>Quiz</h1>` +
  `<p>Live session · Question 4 of 20 · Ana</p></header>${form}</div>`;

const openForm =
  '<form method="post" class="question-form"><input type="hidden" name="number" value="4"/>' +
  '<fieldset class="question" data-question-type="true-false"><legend>Stem</legend>' +
  '<label><input type="radio" name="answer" value="true"/> True</label>' +
  '<label><input type="radio" name="answer" value="false"/> False</label></fieldset></form>';

describe('parseLivePage', () => {
  it('reads the open question, its number and its inputs', () => {
    expect(parseLivePage(livePage(7, openForm))).toEqual({
      version: 7,
      open: {
        number: 4,
        total: 20,
        type: 'true-false',
        fields: [{ kind: 'choice', name: 'answer', values: ['true', 'false'] }]
      }
    });
  });

  it('finds no question to answer on a page that shows one closed or answered', () => {
    const shown =
      '<p class="waiting" role="status">Your answer is in.</p><fieldset class="question" data-question-type="true-false">' +
      '<label><input type="radio" name="answer" value="true" disabled=""/> True</label></fieldset>';
    expect(parseLivePage(livePage(8, shown))).toEqual({ version: 8, open: null });
  });

  it('refuses a page that is not a live page', () => {
    expect(() => parseLivePage('<title>Results</title>')).toThrow(/no data-version/);
  });
});
