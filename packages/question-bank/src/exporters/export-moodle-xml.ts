import { matchingLines, moodleWeight } from './export-gift.ts';
import { clozeBlank, type Question } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import type { TextExport } from './export-report.ts';
import type { FormatLimits } from './format-limits.ts';
import { escapeXml as x } from './xml-escape.ts';

/** HTML text in a Moodle XML element: a paragraph whose own text is escaped for HTML first. */
function html(tag: string, text: string): string {
  return `<${tag} format="html"><text>${x(`<p>${x(text)}</p>`)}</text></${tag}>`;
}

function answer(fraction: number, text: string, extra = ''): string {
  return `\n    <answer fraction="${fraction}" format="plain_text"><text>${x(text)}</text>${extra}</answer>`;
}

// Moodle's embedded-answer (cloze) syntax gives these characters a meaning inside { }.
function clozeAnswer(text: string): string {
  return text.replace(/[}#~/"\\]/g, (char) => `\\${char}`);
}

function tags(question: Question): string {
  const list = [
    `topic:${question.topic}`,
    `skill:${question.skill}`,
    `difficulty:${question.difficulty.level}`
  ];
  return `\n    <tags>${list.map((tag) => `<tag><text>${x(tag)}</text></tag>`).join('')}</tags>`;
}

function typeAndBody(question: Question): [string, string] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response': {
      const single = question.type === 'single-choice';
      const right = single ? 100 : moodleWeight(1 / question.key.length);
      const wrong = single
        ? 0
        : -moodleWeight(1 / Math.max(1, question.options.length - question.key.length));
      const keys = single ? [question.key] : question.key;
      const answers = question.options
        .map((option) => answer(keys.includes(option.id) ? right : wrong, option.text))
        .join('');
      return [
        'multichoice',
        `\n    <single>${single}</single>\n    <shuffleanswers>0</shuffleanswers>\n    <answernumbering>abc</answernumbering>${answers}`
      ];
    }
    case 'evidence-selection': {
      // One choice, and any paragraph the question cites earns it in full.
      const answers = question.options
        .map((option) => answer(question.key.includes(option.id) ? 100 : 0, option.text))
        .join('');
      return [
        'multichoice',
        `\n    <single>true</single>\n    <shuffleanswers>0</shuffleanswers>\n    <answernumbering>abc</answernumbering>${answers}`
      ];
    }
    case 'true-false':
      return [
        'truefalse',
        `${answer(question.key ? 100 : 0, 'true')}${answer(question.key ? 0 : 100, 'false')}`
      ];
    case 'numeric': {
      // Moodle keeps a value and a tolerance; a range becomes its midpoint give or take half its width.
      const [value, tolerance] =
        question.key.kind === 'range'
          ? [(question.key.min + question.key.max) / 2, (question.key.max - question.key.min) / 2]
          : [question.key.value, question.key.tolerance];
      const unit = question.unit
        ? `\n    <units><unit><multiplier>1</multiplier><unit_name>${x(question.unit)}</unit_name></unit></units>\n    <unitgradingtype>0</unitgradingtype>\n    <unitsleft>0</unitsleft>\n    <showunits>3</showunits>`
        : '';
      return ['numerical', `${answer(100, String(value), `<tolerance>${tolerance}</tolerance>`)}${unit}`];
    }
    case 'short-answer':
      return [
        'shortanswer',
        `\n    <usecase>0</usecase>${question.key.map((text) => answer(100, text)).join('')}`
      ];
    case 'cloze':
      return ['cloze', ''];
    case 'matching': {
      // A subquestion with no text is Moodle's distractor: an option no prompt matches.
      const subquestions = matchingLines(question)
        .lines.map(
          ({ prompt, option }) =>
            `\n    <subquestion format="html"><text>${prompt === undefined ? '' : x(`<p>${x(prompt)}</p>`)}</text><answer><text>${x(option)}</text></answer></subquestion>`
        )
        .join('');
      return ['matching', `\n    <shuffleanswers>true</shuffleanswers>${subquestions}`];
    }
    case 'ordering': {
      const options = new Map(question.options.map((option) => [option.id, option.text]));
      const answers = question.key.map((id) => answer(1, options.get(id)!)).join('');
      return [
        'ordering',
        `\n    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n    <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>${answers}`
      ];
    }
  }
}

function questionText(question: Question): string {
  if (question.type !== 'cloze') return html('questiontext', question.stem);
  const [before = '', after = ''] = question.passage.split(clozeBlank);
  const blank = `{1:SHORTANSWER:${question.key.map((text) => `=${clozeAnswer(text)}`).join('~')}}`;
  const body = `<p>${x(question.stem)}</p><p>${x(before)}${blank}${x(after)}</p>`;
  return `<questiontext format="html"><text>${x(body)}</text></questiontext>`;
}

function moodleQuestion(question: Question): string {
  const [type, body] = typeAndBody(question);
  return `  <question type="${type}">
    <name><text>${question.id}</text></name>
    <idnumber>${question.id}</idnumber>
    ${questionText(question)}
    ${html('generalfeedback', question.explanation)}
    <defaultgrade>1</defaultgrade>${body}${tags(question)}
  </question>`;
}

export const moodleXmlLimits: FormatLimits = {
  name: 'Moodle XML',
  types: {
    'single-choice': true,
    'multiple-response': true,
    'true-false': true,
    numeric: true,
    'short-answer': true,
    cloze: true,
    matching: true,
    ordering: true,
    'evidence-selection': true
  }
};

/**
 * Moodle XML, which carries every type (ordering needs Moodle 4.4 or the ordering plugin).
 * Lost: evidence and fact ids; a numeric range comes back as its midpoint and half-width.
 */
export function exportMoodleXml(bank: QuestionBank): TextExport {
  const category = `  <question type="category">\n    <category><text>$course$/${x(bank.article)}</text></category>\n  </question>`;
  const questions = bank.questions.map(moodleQuestion);
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`,
    skipped: []
  };
}
