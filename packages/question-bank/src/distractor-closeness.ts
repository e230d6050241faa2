import type { DifficultySignal } from './difficulty-signal.ts';
import { optionKind } from './gates/option-rules.ts';

export type ShownChoice = { text: string; correct: boolean };

const monthIndex: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11
};
const dayMs = 24 * 60 * 60 * 1000;

/** A shown date ("Jan. 3, 2024", "August 2021", "2015") as the time of its first day. */
function shownDate(text: string): number {
  const year = Number(/\d{4}$/.exec(text.trim())?.[0]);
  const month = monthIndex[text.trim().slice(0, 3).toLowerCase()];
  const day = Number(/ (\d{1,2}),/.exec(text)?.[1] ?? 1);
  return Date.UTC(year, month ?? 0, day);
}

/** A shown count ("84", "about 170", "more than 80") as its number. */
const shownNumber = (text: string) => Number(/\d[\d,.]*/.exec(text)?.[0]?.replace(/,/g, '') ?? NaN);

const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3)
  );

// Options this long are passages (paragraphs to cite), where a shared word says nothing.
const longestComparedWords = 8;

/** The smallest gap between a key and a wrong option, by `gap`. */
function nearest(choices: readonly ShownChoice[], gap: (key: string, wrong: string) => number): number {
  const keys = choices.filter((choice) => choice.correct);
  const wrongs = choices.filter((choice) => !choice.correct);
  return Math.min(...keys.flatMap((key) => wrongs.map((wrong) => gap(key.text, wrong.text))));
}

/**
 * How alike the wrong options are to the key: a key among numbers or dates close to it must be known, one
 * among far-off values can be told by rough sense. Needs a key and at least two wrong options; a true or
 * false question has none to compare.
 */
export function distractorCloseness(choices: readonly ShownChoice[] | undefined): DifficultySignal {
  const wrongCount = choices?.filter((choice) => !choice.correct).length ?? 0;
  if (!choices || wrongCount < 2 || wrongCount === choices.length) {
    return { label: 'no wrong options to compare', points: 0 };
  }
  const kinds = new Set(choices.map((choice) => optionKind(choice.text)));
  if (kinds.size === 1 && kinds.has('date')) {
    const days = Math.round(nearest(choices, (a, b) => Math.abs(shownDate(a) - shownDate(b))) / dayMs);
    if (days <= 31) return { label: `dates within a month of the key (nearest ${days} days off)`, points: 2 };
    if (days <= 366) return { label: `dates within a year of the key (nearest ${days} days off)`, points: 1 };
    return { label: `dates years from the key (nearest ${Math.round(days / 365)} years off)`, points: 0 };
  }
  if (kinds.size === 1 && kinds.has('number')) {
    // A ratio, not a difference: 80 against 84 is close, 8 against 12 is not.
    const ratio = nearest(choices, (a, b) => {
      const [x, y] = [shownNumber(a), shownNumber(b)];
      return Math.max(x, y) / Math.max(Math.min(x, y), 1);
    });
    const off = `nearest ${Math.round((ratio - 1) * 100)}% off`;
    if (ratio <= 1.25) return { label: `numbers close to the key (${off})`, points: 2 };
    if (ratio <= 1.6) return { label: `numbers near the key (${off})`, points: 1 };
    return { label: `numbers far from the key (${off})`, points: 0 };
  }
  if (choices.some((choice) => choice.text.split(/\s+/).length > longestComparedWords)) {
    return { label: 'long options, not compared', points: 0 };
  }
  // A word every option has ("Paragraph 9", "It only reports it") makes no wrong option more like the key.
  const [firstWords, ...otherWords] = choices.map((choice) => contentWords(choice.text));
  const everywhere = [...(firstWords ?? [])].filter((word) => otherWords.every((words) => words.has(word)));
  const keyWords = new Set(
    choices
      .filter((choice) => choice.correct)
      .flatMap((choice) => [...contentWords(choice.text)])
      .filter((word) => !everywhere.includes(word))
  );
  const alike = choices.filter(
    (choice) => !choice.correct && [...contentWords(choice.text)].some((word) => keyWords.has(word))
  );
  return alike.length > 0
    ? {
        label: `wrong options worded like the key (${alike.map((choice) => choice.text).join(', ')})`,
        points: 1
      }
    : { label: 'wrong options unlike the key in wording', points: 0 };
}
