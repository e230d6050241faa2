import { error } from '@sveltejs/kit';
import {
  isStorageError,
  maxExtraMinutes,
  maxExtraPercent,
  removeExtraTime,
  setExtraTime,
  type Db
} from '@newsquiz/db';
import { z } from 'zod';
import { fieldErrors, refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';

/** The extra-time form's inputs, whose ids are not their names. */
export const extraTimeInputIds = { studentName: 'extra-name', amount: 'extra-amount', unit: 'extra-unit' };

const studentName = z
  .string({ error: 'Enter the name the student joins with.' })
  .trim()
  .min(1, 'Enter the name the student joins with.')
  .max(60, 'Keep the name under 60 characters, as students’ names are.')
  .check(noNul('The name'));

const amountError = (unit: 'percent' | 'minutes') =>
  unit === 'percent'
    ? `Give a whole percentage from 1 to ${maxExtraPercent}, such as 50 for time and a half.`
    : `Give a whole number of minutes from 1 to ${maxExtraMinutes}.`;

/**
 * Extra time as teachers give it in Canvas and Moodle: a share of the time limit (50% is time and a half)
 * or a number of minutes. Each field's problem is named by its input.
 */
const ExtraTimeForm = z
  .object({
    studentName,
    amount: z.string({ error: 'Give the extra time as a whole number.' }).trim(),
    unit: z.enum(['percent', 'minutes'], { error: 'Choose percent of the time limit or minutes.' })
  })
  .transform((form, context) => {
    const amount = /^\d{1,4}$/.test(form.amount) ? Number(form.amount) : Number.NaN;
    const max = form.unit === 'percent' ? maxExtraPercent : maxExtraMinutes;
    if (!(amount >= 1 && amount <= max)) {
      context.addIssue({ code: 'custom', path: ['amount'], message: amountError(form.unit) });
      return z.NEVER;
    }
    return {
      studentName: form.studentName,
      percent: form.unit === 'percent' ? amount : 0,
      minutes: form.unit === 'minutes' ? amount : 0
    };
  });

const RemoveForm = z.object({ studentName });

/** What the form posted, to show it again when it is refused. */
const postedValues = (form: Record<string, FormDataEntryValue>) => ({
  studentName: typeof form.studentName === 'string' ? form.studentName : '',
  amount: typeof form.amount === 'string' ? form.amount : '',
  unit: form.unit === 'minutes' ? 'minutes' : 'percent'
});

/** The set-page action that gives a student extra time; the caller has checked the teacher owns the set. */
export async function giveExtraTimeFromForm(
  db: Db,
  teacherId: string,
  setId: string,
  form: Record<string, FormDataEntryValue>
) {
  const values = postedValues(form);
  const parsed = ExtraTimeForm.safeParse(form);
  if (!parsed.success)
    return refuse(400, { fields: zodFieldErrors(parsed.error, extraTimeInputIds), extraValues: values });
  try {
    const extra = await setExtraTime(db, teacherId, setId, parsed.data);
    return { extraTimeGiven: extra.studentName };
  } catch (failure) {
    if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
    if (isStorageError(failure, 'invalid-input')) {
      // The only check the form cannot make itself: a name of nothing but invisible characters.
      const issues = failure.problem.issues.map(() => ({
        field: 'studentName',
        message: 'Enter the name with at least one letter or digit.'
      }));
      return refuse(400, { fields: fieldErrors(issues, extraTimeInputIds), extraValues: values });
    }
    throw failure;
  }
}

/** The set-page action that takes a student's extra time back, for attempts started from now on. */
export async function removeExtraTimeFromForm(
  db: Db,
  teacherId: string,
  setId: string,
  form: Record<string, FormDataEntryValue>
) {
  const parsed = RemoveForm.safeParse(form);
  if (!parsed.success) return refuse(400, { message: 'The form named no student with extra time.' });
  try {
    if (await removeExtraTime(db, teacherId, setId, parsed.data.studentName))
      return { extraTimeRemoved: parsed.data.studentName };
  } catch (failure) {
    if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
    throw failure;
  }
  return refuse(400, { message: `${parsed.data.studentName} has no extra time in this quiz.` });
}
