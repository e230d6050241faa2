/** One named input group of a question form, as the page renders it. */
export type PageField =
  | { kind: 'choice'; name: string; values: string[] }
  | { kind: 'text'; name: string }
  | { kind: 'select'; name: string; values: string[] };

export type QuestionPage = { number: number; total: number; type: string; fields: PageField[] };

const entities: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>'
};
const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => entities[entity]!);

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) found.set(match[1]!, decode(match[2] ?? ''));
  return found;
}

/**
 * Reads a question page as a student without JavaScript would: its title says which question of how many,
 * and its form's inputs are all there is to answer with. The answer key is not on the page, so nothing
 * here can know it.
 */
export function parseQuestionPage(html: string): QuestionPage {
  const title = /<title>Question (\d+) of (\d+)/.exec(html);
  const form = parseQuestionForm(html);
  if (!title || !form) throw new Error('question page: no "Question N of M" title or no question form');
  return { number: Number(title[1]), total: Number(title[2]), ...form };
}

/** The question form on a page (its type and inputs), or null when the page shows none. */
export function parseQuestionForm(html: string): Pick<QuestionPage, 'type' | 'fields'> | null {
  const fieldset = /<fieldset\b[^>]*data-question-type="([^"]+)"[^>]*>([\s\S]*?)<\/fieldset>/.exec(html);
  if (!fieldset) return null;
  const fields: PageField[] = [];
  const choices = new Map<string, string[]>();
  for (const tag of fieldset[2]!.matchAll(/<input\b([^>]*)>|<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    if (tag[1] !== undefined) {
      const input = attributes(tag[1]);
      const name = input.get('name');
      if (!name) continue;
      const type = input.get('type') ?? 'text';
      if (type === 'radio' || type === 'checkbox') {
        let values = choices.get(name);
        if (!values) {
          values = [];
          choices.set(name, values);
          fields.push({ kind: 'choice', name, values });
        }
        values.push(input.get('value') ?? '');
      } else fields.push({ kind: 'text', name });
    } else {
      const name = attributes(tag[2]!).get('name');
      if (!name) continue;
      const values = [...tag[3]!.matchAll(/<option\b([^>]*)>/g)]
        .map((option) => attributes(option[1]!).get('value') ?? '')
        .filter(Boolean);
      fields.push({ kind: 'select', name, values });
    }
  }
  return { type: fieldset[1]!, fields };
}

/** A student's live page: the session's version it shows, and the question form when one is open to answer. */
export type LivePage = { version: number; open: QuestionPage | null };

/**
 * Reads a student's live page: `data-version` says which state of the session it shows; a question open
 * for this student to answer comes with a form whose hidden `number` names it.
 */
export function parseLivePage(html: string): LivePage {
  const version = /data-version="(\d+)"/.exec(html);
  if (!version) throw new Error('live page: no data-version, so not a live page');
  const numberInput = /<input\b[^>]*\bname="number"[^>]*>/.exec(html);
  if (!numberInput) return { version: Number(version[1]), open: null };
  const total = /Question \d+ of (\d+)/.exec(html);
  const form = parseQuestionForm(html);
  if (!total || !form) throw new Error('live page: an answer form without "Question N of M" or its inputs');
  const number = Number(attributes(numberInput[0]).get('value'));
  return { version: Number(version[1]), open: { number, total: Number(total[1]), ...form } };
}
