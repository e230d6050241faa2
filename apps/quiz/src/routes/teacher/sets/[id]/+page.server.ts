import { error, redirect } from '@sveltejs/kit';
import {
  closeSet,
  duplicateSet,
  isStorageError,
  listExtraTimes,
  listLiveSessions,
  LiveOptions,
  moveQuestion,
  publishSet,
  removeQuestion,
  reorderQuestions,
  restoreQuestion,
  SetSettings,
  startLiveSession,
  TimeZone,
  updateSet
} from '@newsquiz/db';
import { z } from 'zod';
import { correctAnswerText } from '@newsquiz/question-bank';
import { joinQrSvg } from '$lib/server/sets/join-qr';
import { plainRefusal } from '$lib/server/platform/storage-refusal';
import { loadOwnedSet, questionsOf } from '$lib/server/sets/owned-set';
import { fieldErrors, refuse, zodFieldErrors } from '$lib/server/platform/form-refusal';
import { noNul } from '$lib/server/platform/form-text';
import { changeOwnedSet } from '$lib/server/sets/set-change';
import { giveExtraTimeFromForm, removeExtraTimeFromForm } from '$lib/server/sets/extra-time-form';
import { distinctQuestions, drawCountProblem } from '$lib/server/sets/draw-count';
import { setGiveAwayPairs } from '$lib/server/sets/give-away-pairs';
import { momentOf, scheduleTimeZones, wallClock } from '$lib/server/sets/schedule-time';
import { requireTeacher } from '$lib/server/platform/teacher-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const teacher = requireTeacher(locals, url);
  const set = await loadOwnedSet(locals.db, teacher.id, params.id);
  const joinUrl = set.joinCode ? `${url.origin}/join?code=${set.joinCode}` : null;
  const questions = questionsOf(set);
  return {
    set: {
      id: set.id,
      title: set.title,
      instructions: set.instructions,
      status: set.status,
      joinCode: set.joinCode,
      settings: set.settings,
      questionCount: distinctQuestions(set.questions),
      schedule: scheduleOf(set),
      questions: questions.map(({ setQuestionId, question, grounded }) => ({
        id: setQuestionId,
        type: question.type,
        stem: question.stem,
        passage: 'passage' in question ? question.passage : null,
        answer: correctAnswerText(question),
        grounded
      }))
    },
    giveAways: setGiveAwayPairs(questions.map(({ question }) => question)),
    timeZones: scheduleTimeZones(),
    switches: switchSettings.map((name) => ({
      name,
      label: switchLabels[name],
      on: set.settings[name]
    })),
    extraTimes: await listExtraTimes(locals.db, teacher.id, set.id),
    joinUrl,
    joinQr: joinUrl && set.status === 'published' ? await joinQrSvg(joinUrl) : null,
    // Sessions not yet ended, so that a teacher who left the presenter page can go back to it.
    liveSessions: (await listLiveSessions(locals.db, teacher.id, set.id))
      .filter((session) => session.state !== 'ended')
      .map((session) => ({ id: session.id, joinCode: session.joinCode, createdAt: session.createdAt }))
  };
};

const SetQuestionForm = z.object({ setQuestionId: z.uuid() });
const MoveForm = SetQuestionForm.extend({ direction: z.enum(['up', 'down']) });
const ReorderForm = z.object({
  order: z
    .string()
    .max(20_000)
    .transform((text) => text.split(','))
    .pipe(z.array(z.uuid()).min(1).max(500))
});
/**
 * A number box of the settings form: empty is none (null), and the limits are the stored settings' own, so
 * the form and storage cannot disagree; the refusal says them in words. A box missing from the post is an
 * error, not the default.
 */
const numberBox = (setting: z.ZodDefault<z.ZodNullable<z.ZodNumber>>) => {
  const { minValue, maxValue } = setting.unwrap().unwrap();
  const error = `Give a whole number from ${minValue} to ${maxValue}, or leave it empty.`;
  return z.preprocess(
    (value) => (value === '' ? null : typeof value === 'string' ? Number(value) : value),
    z
      .int({ error })
      .min(minValue ?? 1, { error })
      .max(maxValue ?? Number.MAX_SAFE_INTEGER, { error })
      .nullable()
  );
};
/** The settings that are on or off: each is a checkbox, found in the settings' own schema. */
type SwitchSetting = {
  [K in keyof SetSettings]: SetSettings[K] extends boolean ? K : never;
}[keyof SetSettings];

/** What the form calls each on-or-off setting; a new one does not compile until it has its label here. */
const switchLabels = {
  shuffleQuestions: 'Shuffle the questions for each student',
  shuffleOptions: 'Shuffle the options of each question'
} satisfies Record<SwitchSetting, string>;
const switchSettings = Object.keys(switchLabels) as SwitchSetting[];

/** A checkbox posts "on" when ticked and nothing when not. */
const checkbox = z
  .literal('on', { error: 'must be ticked or not, as the box posts it' })
  .optional()
  .transform((value) => value === 'on');

const SettingsForm = z.object({
  title: z.string().check(noNul('The title')),
  instructions: z.string().check(noNul('The instructions')),
  layout: SetSettings.shape.layout,
  feedback: SetSettings.shape.feedback,
  timeLimitMinutes: numberBox(SetSettings.shape.timeLimitMinutes),
  attemptsAllowed: numberBox(SetSettings.shape.attemptsAllowed),
  drawCount: numberBox(SetSettings.shape.drawCount),
  ...(Object.fromEntries(switchSettings.map((name) => [name, checkbox])) as Record<
    SwitchSetting,
    typeof checkbox
  >)
});
/** The options of a live session as its start form posts them; the limits are the stored options' own. */
const LiveStartForm = z.object({
  questionSeconds: numberBox(LiveOptions.shape.questionSeconds),
  speedPoints: checkbox
});
const liveInputIds = { questionSeconds: 'live-seconds', speedPoints: 'live-speed' };

/** The settings form's number boxes, whose ids are not their names. */
const settingsInputIds = {
  timeLimitMinutes: 'time-limit',
  attemptsAllowed: 'attempts',
  drawCount: 'draw-count'
};

/** The schedule as the form shows it: wall-clock times in the zone they were given in. */
function scheduleOf(set: { opensAt: Date | null; closesAt: Date | null; scheduleTimeZone: string | null }) {
  const timeZone = set.scheduleTimeZone ?? 'UTC';
  const now = Date.now();
  return {
    /** Null until a schedule is saved: the form then starts at the browser's zone, or UTC without JavaScript. */
    savedTimeZone: set.scheduleTimeZone,
    timeZone,
    opensAt: set.opensAt ? wallClock(set.opensAt, timeZone) : '',
    closesAt: set.closesAt ? wallClock(set.closesAt, timeZone) : '',
    // For the sharing panel; starting an attempt checks by the database's clock.
    state:
      set.opensAt && set.opensAt.getTime() > now
        ? ('opens later' as const)
        : set.closesAt && set.closesAt.getTime() <= now
          ? ('closed by time' as const)
          : ('open' as const)
  };
}

/** A date-time box: empty is none; anything else must be a time that exists in the zone given. */
const dateTimeBox = z
  .string({ error: 'must be a date and time, such as 2026-12-01 09:00' })
  .max(40, 'must be a date and time, such as 2026-12-01 09:00')
  .check(noNul('The time'));
const ScheduleForm = z
  .object({
    opensAt: dateTimeBox,
    closesAt: dateTimeBox,
    timeZone: z.string({ error: 'must be a time zone such as Europe/London or UTC' }).pipe(TimeZone)
  })
  .transform((form, context) => {
    const moment = (field: 'opensAt' | 'closesAt') => {
      if (form[field].trim() === '') return null;
      const found = momentOf(form[field].trim(), form.timeZone);
      if (!found) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `must be a date and time that exists in ${form.timeZone}, such as 2026-12-01 09:00`
        });
      }
      return found;
    };
    return { opensAt: moment('opensAt'), closesAt: moment('closesAt'), scheduleTimeZone: form.timeZone };
  });
/** The schedule form's boxes, whose ids are not their names, and the words a message starts with. */
const scheduleInputIds = {
  opensAt: 'opens-at',
  closesAt: 'closes-at',
  timeZone: 'time-zone',
  scheduleTimeZone: 'time-zone'
};

async function formOf(request: Request) {
  return Object.fromEntries(await request.formData());
}

export const actions: Actions = {
  remove: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = SetQuestionForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { message: 'The form named no question of this quiz.' });
    const { setQuestionId } = parsed.data;
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const stem = questionsOf(set).find((row) => row.setQuestionId === setQuestionId)?.question.stem ?? '';
    const outcome = await changeOwnedSet(() =>
      removeQuestion(locals.db, teacher.id, params.id, setQuestionId)
    );
    // What was removed, so the page can offer to put it back.
    return 'changed' in outcome ? { removed: { setQuestionId, stem } } : outcome;
  },
  /** The Undo of a removal: the question goes back to the place it had. */
  restore: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = SetQuestionForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { message: 'The form named no question of this quiz.' });
    const outcome = await changeOwnedSet(() =>
      restoreQuestion(locals.db, teacher.id, params.id, parsed.data.setQuestionId)
    );
    if (!('changed' in outcome))
      return refuse(400, {
        message: 'That question cannot be put back: it is in the quiz already, or an edit replaced it.'
      });
    return { restored: parsed.data.setQuestionId };
  },
  move: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = MoveForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { message: 'The form named no question of this quiz.' });
    const { setQuestionId, direction } = parsed.data;
    const outcome = await changeOwnedSet(() =>
      moveQuestion(locals.db, teacher.id, params.id, setQuestionId, direction)
    );
    // Which question moved, so the page can say where it is now and keep the keyboard on it.
    return 'changed' in outcome ? { moved: { setQuestionId, direction } } : outcome;
  },
  reorder: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = ReorderForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { message: 'The new order named no questions of this quiz.' });
    return changeOwnedSet(() => reorderQuestions(locals.db, teacher.id, params.id, parsed.data.order));
  },
  settings: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const parsed = SettingsForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, settingsInputIds) });
    const { title, instructions, ...settings } = parsed.data;
    const tooMany = drawCountProblem(
      settings.drawCount,
      (await loadOwnedSet(locals.db, teacher.id, params.id)).questions
    );
    if (tooMany) return refuse(400, { fields: { [settingsInputIds.drawCount]: [tooMany] } });
    try {
      await updateSet(locals.db, teacher.id, params.id, { title, instructions, settings });
      return { settingsSaved: true };
    } catch (failure) {
      if (isStorageError(failure, 'invalid-input')) {
        const issues = failure.problem.issues.map((issue) => ({
          field: issue.path.split('.').pop()!,
          message: issue.message
        }));
        return refuse(400, { fields: fieldErrors(issues, settingsInputIds) });
      }
      if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
      throw failure;
    }
  },
  schedule: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    // Ownership first: another teacher's set is a 404 whatever the form holds.
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    const parsed = ScheduleForm.safeParse(await formOf(request));
    if (!parsed.success) return refuse(400, { fields: zodFieldErrors(parsed.error, scheduleInputIds) });
    try {
      await updateSet(locals.db, teacher.id, set.id, parsed.data);
      return { scheduleSaved: true };
    } catch (failure) {
      if (isStorageError(failure, 'invalid-input')) {
        const issues = failure.problem.issues.map((issue) => ({
          field: issue.path.split('.').pop()!,
          message: issue.message
        }));
        return refuse(400, { fields: fieldErrors(issues, scheduleInputIds) });
      }
      if (isStorageError(failure, 'not-found')) error(404, 'No such quiz.');
      throw failure;
    }
  },
  extraTime: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    // Ownership first: another teacher's set is a 404 whatever the form holds.
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    return giveExtraTimeFromForm(locals.db, teacher.id, set.id, await formOf(request));
  },
  removeExtraTime: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    const set = await loadOwnedSet(locals.db, teacher.id, params.id);
    return removeExtraTimeFromForm(locals.db, teacher.id, set.id, await formOf(request));
  },
  publish: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    return changeOwnedSet(() => publishSet(locals.db, teacher.id, params.id));
  },
  close: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    return changeOwnedSet(() => closeSet(locals.db, teacher.id, params.id));
  },
  /** A live session of the published quiz, with the options chosen, led from the presenter page it opens. */
  startLive: async ({ locals, url, params, request }) => {
    const teacher = requireTeacher(locals, url);
    // Ownership first: another teacher's set is a 404 whatever the form holds.
    await loadOwnedSet(locals.db, teacher.id, params.id);
    const form = await formOf(request);
    const parsed = LiveStartForm.safeParse(form);
    if (!parsed.success) {
      const liveValues = {
        questionSeconds: typeof form.questionSeconds === 'string' ? form.questionSeconds : '',
        speedPoints: form.speedPoints === 'on'
      };
      return refuse(400, { fields: zodFieldErrors(parsed.error, liveInputIds), live: true, liveValues });
    }
    let sessionId: string;
    try {
      sessionId = (await startLiveSession(locals.db, teacher.id, params.id, parsed.data)).id;
    } catch (failure) {
      if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
        error(404, 'No such quiz.');
      if (isStorageError(failure)) return refuse(400, { message: plainRefusal(failure), live: true });
      throw failure;
    }
    redirect(303, `/teacher/sets/${params.id}/live/${sessionId}`);
  },
  duplicate: async ({ locals, url, params }) => {
    const teacher = requireTeacher(locals, url);
    let copyId: string;
    try {
      copyId = (await duplicateSet(locals.db, teacher.id, params.id)).id;
    } catch (failure) {
      if (isStorageError(failure, 'not-found') || isStorageError(failure, 'invalid-input'))
        error(404, 'No such quiz.');
      throw failure;
    }
    redirect(303, `/teacher/sets/${copyId}`);
  }
};
