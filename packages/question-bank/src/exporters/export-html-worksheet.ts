import { clozeBlank, type Question } from '../question.ts';
import type { QuestionBank } from '../question-bank.ts';
import type { FormatLimits } from './format-limits.ts';
import { escapeXml as h } from './xml-escape.ts';

export type HtmlWorksheet = { worksheet: string; answerKey: string };

const style = `body{font-family:Georgia,serif;max-width:44rem;margin:2rem auto;line-height:1.5}
ol.questions>li{margin-bottom:1.5rem;break-inside:avoid}
.options{list-style:lower-alpha}
.line{display:inline-block;min-width:10rem;border-bottom:1px solid #000}
table{border-collapse:collapse}td{padding:.25rem .75rem;vertical-align:top}
.evidence{color:#444;font-size:.9em}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>${h(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const line = '<span class="line">&#160;</span>';

function options(question: { options: { id: string; text: string }[] }): string {
  return `<ol class="options">${question.options.map((option) => `<li>${h(option.text)}</li>`).join('')}</ol>`;
}

function item(question: Question): string {
  const stem = `<p class="stem">${h(question.stem)}</p>`;
  switch (question.type) {
    case 'single-choice':
      return `${stem}${options(question)}`;
    case 'multiple-response':
      return `${stem}${options(question)}`;
    case 'true-false':
      return `${stem}<p>True / False</p>`;
    case 'numeric':
      return `${stem}<p>Answer: ${line}${question.unit ? ` ${h(question.unit)}` : ''}</p>`;
    case 'short-answer':
      return `${stem}<p>Answer: ${line}</p>`;
    case 'cloze': {
      const [before = '', after = ''] = question.passage.split(clozeBlank);
      return `${stem}<p class="passage">${h(before)}${line}${h(after)}</p>`;
    }
    case 'matching': {
      // Every option is printed, those no prompt matches too, so the table is as long as the longer list.
      const count = Math.max(question.prompts.length, question.options.length);
      const rows = Array.from({ length: count }, (_, index) => {
        const prompt = question.prompts[index];
        const option = question.options[index];
        return `<tr><td>${prompt ? `${h(prompt.id)}. ${h(prompt.text)} ${line}` : ''}</td><td>${option ? `${h(option.id)}) ${h(option.text)}` : ''}</td></tr>`;
      });
      return `${stem}<table>${rows.join('')}</table>`;
    }
    case 'evidence-selection':
      return `${stem}${options(question)}`;
    case 'ordering':
      return `${stem}<ul>${question.options.map((option) => `<li>${line} ${h(option.text)}</li>`).join('')}</ul>`;
  }
}

function answer(question: Question): string {
  const option = (id: string) =>
    'options' in question ? `${id}) ${question.options.find((choice) => choice.id === id)?.text ?? ''}` : id;
  switch (question.type) {
    case 'single-choice':
      return option(question.key);
    case 'multiple-response':
      return question.key.map(option).join('; ');
    case 'true-false':
      return question.key ? 'True' : 'False';
    case 'numeric':
      return question.key.kind === 'range'
        ? `${question.key.min} to ${question.key.max}`
        : `${question.key.value}${question.key.tolerance ? ` (± ${question.key.tolerance})` : ''}`;
    case 'short-answer':
    case 'cloze':
      return question.key.join(' / ');
    case 'matching':
      return question.key.map((pair) => `${pair.prompt} → ${option(pair.option)}`).join('; ');
    case 'ordering':
      return question.key.map(option).join(', then ');
    case 'evidence-selection':
      return question.key.map((paragraph) => `paragraph ${paragraph.slice(1)}`).join(' or ');
  }
}

function evidence(question: Question): string {
  return question.evidence.map((item) => `paragraph ${item.paragraph.slice(1)}: “${item.quote}”`).join(' · ');
}

export const worksheetLimits: FormatLimits = {
  name: 'The worksheet',
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
 * A printable worksheet and, apart from it, its answer key with explanations and evidence.
 * Every piece of text is escaped, so a question can hold < or & safely.
 */
export function exportHtmlWorksheet(bank: QuestionBank): HtmlWorksheet {
  const heading = `<h1>${h(bank.title)}</h1>`;
  const questions = bank.questions
    .map((question) => `<li id="${question.id}">${item(question)}</li>`)
    .join('\n');
  const worksheet = page(
    bank.title,
    `${heading}\n<p>Name: ${line}</p>\n<ol class="questions">\n${questions}\n</ol>`
  );
  const answers = bank.questions
    .map(
      (question) =>
        `<li id="key-${question.id}"><p class="answer"><strong>${h(answer(question))}</strong></p><p>${h(question.explanation)}</p><p class="evidence">${h(evidence(question))}</p></li>`
    )
    .join('\n');
  const answerKey = page(
    `${bank.title}: answer key`,
    `<h1>${h(bank.title)}: answer key</h1>\n<ol class="questions">\n${answers}\n</ol>`
  );
  return { worksheet, answerKey };
}
