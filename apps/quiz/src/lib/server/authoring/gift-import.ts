import type { FactBase } from '@newsquiz/facts';
import { importGift, Skill, type Question } from '@newsquiz/question-bank';
import { z } from 'zod';
import { findQuote } from './article-evidence';
import type { FieldErrors } from '$lib/field-errors';
import { noNul } from '$lib/server/platform/form-text';
import { maxGiftLength } from '$lib/server/platform/limits';

// Refused here, before the text is read at all; the bank's import refuses it again for its other callers.
const sizeMessage = `Keep the GIFT text under ${maxGiftLength / 1024} KB; split a larger file in parts.`;

const GiftImportForm = z.object({
  // A file input left empty still sends a part with no name and no bytes.
  file: z.preprocess(
    (value) =>
      value === '' || (value instanceof File && value.name === '' && value.size === 0) ? undefined : value,
    z
      .file()
      .max(maxGiftLength, sizeMessage)
      .refine((file) => /\.(gift|txt)$/i.test(file.name), 'Choose a .gift or .txt file.')
      .optional()
  ),
  text: z.string().max(maxGiftLength, sizeMessage).check(noNul('The GIFT text')),
  topic: z.string().max(100),
  skill: Skill,
  paragraph: z.string().max(10),
  quote: z.string().max(1000).check(noNul('The quote'))
});
/** An uploaded file's text, held to what pasted text is held to. */
const GiftFileText = z.string().check(noNul('The GIFT file'));

/** What the form shows again after a refusal; a browser never refills a file input. */
export type GiftImportValues = Omit<z.infer<typeof GiftImportForm>, 'file'>;

/**
 * The questions to add, and each one left out or changed, by line; or, when none can be added, every
 * problem of the file, the line first where it has one, and problems of the form's own fields.
 */
export type GiftImportResult =
  | { ok: true; questions: Question[]; skipped: string[]; notes: string[] }
  | { ok: false; values: GiftImportValues; errors: FieldErrors; problems: string[] };

export const emptyGiftImport: GiftImportValues = {
  text: '',
  topic: '',
  skill: 'recall',
  paragraph: '',
  quote: ''
};

function formInput(form: FormData): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(
    ['file', 'text', 'topic', 'skill', 'paragraph', 'quote'].map((name) => [name, form.get(name) ?? ''])
  );
}

/**
 * Reads a GIFT file or pasted text into questions for a set on this article. Every question that reads
 * and passes the gates is taken; each one that does not is left out and listed by its line. Questions
 * that cite nothing come in flagged as not grounded, unless the form gives a quote for them.
 */
export async function readGiftImport(form: FormData, factBase: FactBase): Promise<GiftImportResult> {
  const input = formInput(form);
  const parsed = GiftImportForm.safeParse(input);
  if (!parsed.success) {
    const values = { ...emptyGiftImport };
    for (const name of ['text', 'topic', 'paragraph', 'quote'] as const) {
      const value = input[name];
      if (typeof value === 'string') values[name] = value.slice(0, maxGiftLength);
    }
    return { ok: false, values, errors: z.flattenError(parsed.error).fieldErrors, problems: [] };
  }
  const { file, ...values } = parsed.data;
  const text = file ? await file.text() : values.text;
  const errors: FieldErrors = {};
  const fileText = file ? GiftFileText.safeParse(text) : null;
  if (fileText && !fileText.success) errors['file'] = fileText.error.issues.map((issue) => issue.message);
  if (text.trim() === '') errors['text'] = ['Choose a GIFT file or paste GIFT text.'];
  if (values.topic !== '' && !factBase.topics.some((topic) => topic.id === values.topic))
    errors['topic'] = ['Choose one of this article’s topics.'];
  let evidence: { paragraph: string; quote: string } | undefined;
  if (values.paragraph !== '' || values.quote.trim() !== '') {
    const found = findQuote(factBase.article, values.paragraph, values.quote);
    if (found.ok) evidence = found.evidence;
    else errors[values.paragraph === '' ? 'paragraph' : 'quote'] = [found.message];
  }
  if (Object.keys(errors).length > 0) return { ok: false, values, errors, problems: [] };

  const imported = importGift(text, {
    ...(values.topic !== '' ? { topic: values.topic } : {}),
    skill: values.skill,
    ...(evidence ? { evidence: [evidence] } : {})
  });
  // A file of ours files each question under its topic; any other file needs one from the form.
  if (values.topic === '' && imported.needsTopic)
    errors['topic'] = ['Choose the topic these questions are filed under: the file does not say.'];
  if (Object.keys(errors).length > 0) return { ok: false, values, errors, problems: [] };

  const skipped = imported.errors.map((error) => ({ line: error.line, problem: `${error.message}.` }));
  const questions = imported.questions.filter((question, index) => {
    const problems = articleProblems(question, factBase);
    skipped.push(...problems.map((problem) => ({ line: imported.lines[index]!, problem })));
    return problems.length === 0;
  });
  const byLine = (entries: { line: number; problem: string }[]) =>
    entries.sort((a, b) => a.line - b.line).map(({ line, problem }) => `Line ${line}: ${problem}`);
  if (questions.length === 0) {
    const problems = byLine(skipped);
    if (problems.length === 0)
      problems.push('The text holds no questions: GIFT needs answers in { } after each question.');
    return { ok: false, values, errors, problems };
  }
  const notes = imported.notes.map((note) => ({ line: note.line, problem: `${note.message}.` }));
  return { ok: true, questions, skipped: byLine(skipped), notes: byLine(notes) };
}

/** A file we exported carries its own topic and evidence; they must belong to this article too. */
function articleProblems(question: Question, factBase: FactBase): string[] {
  const name = `The question “${question.stem}”`;
  const problems = question.evidence.flatMap((item) => {
    const found = findQuote(factBase.article, item.paragraph, item.quote);
    if (found.ok && found.evidence.quote === item.quote) return [];
    const why = found.ok ? 'the quote is not word for word as the article has it.' : found.message;
    return [`${name} cites evidence this article does not hold: ${why}`];
  });
  if (!factBase.topics.some((topic) => topic.id === question.topic))
    problems.push(`${name} is filed under “${question.topic}”, which is not a topic of this article.`);
  return problems;
}
