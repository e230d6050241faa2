import type { Event } from '@newsquiz/facts';
import { dateCandidates, pickDistractors } from '../distractors.ts';
import { dateSpan, daysBetween, formatIsoDate } from '../format-date.ts';
import { lengthsSimilar } from '../gates/option-rules.ts';
import { keyStandsOut } from '../gates/question-rules.ts';
import { containsAnswer } from '../normalise-answer.ts';
import type { QuestionDraft } from '../question.ts';
import type { Random } from '../random.ts';
import { citation, evidenceOf, shuffledChoices, topicOf, type Generator } from './generator-context.ts';

type DatedEvent = Event & { date: NonNullable<Event['date']> };

/**
 * Events dated as a point (not "before" or "after" something), which a timeline can hold. One any
 * well-read student can date (the 1979 revolution) is left out: beside it, a timeline sorts itself.
 */
function datedEvents(events: readonly Event[], qualifiers: readonly string[]): DatedEvent[] {
  return events.filter(
    (event): event is DatedEvent =>
      !!event.date && qualifiers.includes(event.date.qualifier) && !event.widelyKnown
  );
}

const pointQualifiers = ['on', 'early', 'mid', 'late', 'about'];

/**
 * Events dated on a day or month that no event before them shares: the commemoration on the day of the
 * bombings, or the withdrawal in the month of the Kabul bombing, would ask one date twice.
 */
function datedOnce(events: readonly Event[]): DatedEvent[] {
  const seen = new Set<string>();
  return datedEvents(events, ['on']).filter((event) => {
    if (seen.has(event.date.value)) return false;
    seen.add(event.date.value);
    return true;
  });
}

/** The event's name as a label, not in quotation marks: the article never says it in those words. */
function eventLabel(event: Event): string {
  return `Event: ${event.name.replace(/[.]$/, '')}.`;
}

/**
 * The quotes that date the event (they give its date as the article words it, or its year), or all its
 * evidence when none does. A question of when cites only these: the rest of what the article says of
 * the event (its toll, the 1979 revolution it is compared with) answers other questions, not this one.
 */
function datingEvidence(event: DatedEvent): Event['evidence'] {
  const year = event.date.value.slice(0, 4);
  const dating = event.evidence.filter(
    (item) =>
      (event.date.text !== undefined && item.quote.includes(event.date.text)) || item.quote.includes(year)
  );
  return dating.length > 0 ? dating : event.evidence;
}

/** The dating quotes of events, each once, as a question's evidence. */
function datingEvidenceOf(events: readonly DatedEvent[]): Event['evidence'] {
  return evidenceOf(events.map((event) => ({ evidence: datingEvidence(event) })));
}

const whenChoice: Generator = ({ index, random }) =>
  datedOnce(index.base.events).flatMap((event): QuestionDraft[] => {
    const key = formatIsoDate(event.date.value);
    const stem = `According to the article, when did this event take place? ${eventLabel(event)}`;
    if (containsAnswer(stem, key)) return [];
    const candidates = dateCandidates(index, event.date.value).map(formatIsoDate);
    const distractors = pickDistractors(random, { keys: [key], candidates, stem, count: 3 });
    if (distractors.length < 2) return [];
    const { choices, idOf } = shuffledChoices(random, [key, ...distractors]);
    return [
      {
        type: 'single-choice',
        stem,
        options: choices,
        key: idOf(key),
        explanation: `The article dates this event to ${key}.${citation(datingEvidence(event))}`,
        evidence: datingEvidenceOf([event]),
        factIds: [event.id],
        topic: topicOf([event]),
        skill: 'chronology'
      }
    ];
  });

const whichYear: Generator = ({ index }) =>
  datedOnce(index.base.events).flatMap((event): QuestionDraft[] => {
    const year = Number(event.date.value.slice(0, 4));
    // The year of the article itself asks nothing: its reader knows the news is of that year.
    const articleYear = index.base.article.updated?.slice(0, 4);
    if (articleYear && event.date.value.startsWith(articleYear)) return [];
    const stem = `According to the article, in what year did this event take place? ${eventLabel(event)}`;
    if (containsAnswer(stem, String(year))) return [];
    return [
      {
        type: 'numeric',
        stem,
        key: { kind: 'tolerance', value: year, tolerance: 0 },
        explanation: `The article dates this event to ${formatIsoDate(event.date.value)}.${citation(datingEvidence(event))}`,
        evidence: datingEvidenceOf([event]),
        factIds: [event.id],
        topic: topicOf([event]),
        skill: 'chronology'
      }
    ];
  });

/** Up to `variants` different sets of four events whose dates do not overlap, drawn at random. */
function timelineSets(events: readonly DatedEvent[], random: Random, variants: number): DatedEvent[][] {
  const sets = new Map<string, DatedEvent[]>();
  for (let attempt = 0; attempt < variants * 4 && sets.size < variants; attempt++) {
    const chosen: DatedEvent[] = [];
    for (const event of random.shuffle(events)) {
      if (chosen.length === 4) break;
      const span = dateSpan(event.date);
      const clashes = chosen.some((other) => {
        const otherSpan = dateSpan(other.date);
        return span.first <= otherSpan.last && otherSpan.first <= span.last;
      });
      if (clashes || !lengthsSimilar([...chosen, event].map((item) => item.name))) continue;
      chosen.push(event);
    }
    if (chosen.length < 3) break;
    const sorted = chosen.sort((a, b) => (dateSpan(a.date).first < dateSpan(b.date).first ? -1 : 1));
    sets.set(sorted.map((event) => event.id).join(' '), sorted);
  }
  return [...sets.values()];
}

/** A date as loosely as the article gives it: "mid-October 2023", not "October 2023". */
function datedAs(event: DatedEvent): string {
  const date = formatIsoDate(event.date.value);
  switch (event.date.qualifier) {
    case 'mid':
      return `mid-${date}`;
    case 'early':
    case 'late':
    case 'about':
      return `${event.date.qualifier} ${date}`;
    default:
      return date;
  }
}

function timelineExplanation(events: readonly DatedEvent[]): string {
  const list = events.map((event) => `${event.name} (${datedAs(event)})`).join(', then ');
  return `In the order the article dates them: ${list}.${citation(datingEvidence(events[0]!))}`;
}

const ordering: Generator = ({ index, random, variants }) =>
  timelineSets(datedEvents(index.base.events, pointQualifiers), random, variants).map((events) => {
    const names = events.map((event) => event.name);
    let shuffled = shuffledChoices(random, names);
    // Shown already in order, the question would answer itself; a reshuffle fixes that.
    while (shuffled.choices.every((choice, position) => choice.text === names[position])) {
      shuffled = shuffledChoices(random, names);
    }
    const { choices, idOf } = shuffled;
    return {
      type: 'ordering',
      stem: 'Put these events in the order they happened, earliest first.',
      options: choices,
      key: events.map((event) => idOf(event.name)),
      explanation: timelineExplanation(events),
      evidence: datingEvidenceOf(events),
      factIds: events.map((event) => event.id),
      topic: topicOf(events),
      skill: 'chronology'
    } satisfies QuestionDraft;
  });

const whichFirst: Generator = ({ index, random, variants }) =>
  timelineSets(datedEvents(index.base.events, pointQualifiers), random, variants).flatMap((events) => {
    const [first, ...later] = events.map((event) => event.name);
    // A first event named at much greater length than the others would give itself away.
    if (keyStandsOut(first!, later)) return [];
    const { choices, idOf } = shuffledChoices(
      random,
      events.map((event) => event.name)
    );
    return {
      type: 'single-choice',
      stem: 'According to the article, which of these happened first?',
      options: choices,
      key: idOf(events[0]!.name),
      explanation: timelineExplanation(events),
      evidence: datingEvidenceOf(events),
      factIds: events.map((event) => event.id),
      topic: topicOf(events),
      skill: 'chronology'
    } satisfies QuestionDraft;
  });

/** Days between two events the article dates to the day: working it out is the inference. */
const daysApart: Generator = ({ index }) => {
  const events = datedOnce(index.base.events).filter((event) => event.date.value.length === 10);
  return events.flatMap((first) =>
    events.flatMap((second): QuestionDraft[] => {
      const days = daysBetween(first.date.value, second.date.value);
      if (days <= 0 || days > 60) return [];
      const from = formatIsoDate(first.date.value);
      const to = formatIsoDate(second.date.value);
      return [
        {
          type: 'numeric',
          stem: `By the dates the article gives, how many days after the first event did the second take place? First: ${first.name}. Second: ${second.name}.`,
          key: { kind: 'tolerance', value: days, tolerance: 0 },
          unit: 'days',
          explanation: `The article dates “${first.name}” to ${from} and “${second.name}” to ${to}: ${days} days later.${citation(datingEvidence(second))}`,
          evidence: datingEvidenceOf([first, second]),
          factIds: [first.id, second.id],
          topic: topicOf([second, first]),
          skill: 'inference'
        }
      ];
    })
  );
};

export const eventGenerators: Record<string, Generator> = {
  'event-date-choice': whenChoice,
  'event-year': whichYear,
  'event-ordering': ordering,
  'event-which-first': whichFirst,
  'event-days-apart': daysApart
};
