import type { Entity, Event, Predicate } from '@newsquiz/facts';

/** The words of one relation in one tense; `s` and `o` are names as they read inside a sentence. */
export type RelationWording = {
  question: (known: string, noun: string) => string;
  /** The same, when several answers are true: "Select all that apply." is added. */
  questionAll: (known: string, noun: string) => string;
  sentence: (s: string, o: string) => string;
};

/** How a relation reads as a question and as a sentence. */
export type RelationTemplate = RelationWording & {
  /** Ask for the object (`o` unknown) or for the subject (`s` unknown). */
  ask: 'object' | 'subject';
  /**
   * The wording of a tie that no longer holds ("former CIA officer", "then-President"); a template
   * without one is already in the past tense or reads the same in any time, like a place's country.
   * A state written in the present tense and lacking it is never asked of the past.
   */
  past?: RelationWording;
  /**
   * The article's own word for the relation ("apostates"): a cloze blanks it where the answer's name
   * cannot be blanked, because the sentence gives that name away.
   */
  term?: string;
};

// Only predicates that read as a clear, checkable question are here: "adversary-of", "enemy-of",
// "clashed-with" or "designated-as-terrorist-by" would turn things that are true in the world but
// not listed in the article (al Qaeda and ISIS-K are rivals) into wrong answers.
export const relationTemplates: Partial<Record<Predicate, RelationTemplate>> = {
  'affiliate-of': {
    ask: 'object',
    question: (s, noun) => `${s} is an affiliate of which ${noun}?`,
    questionAll: (s) => `${s} is an affiliate of which of these?`,
    sentence: (s, o) => `${s} is an affiliate of ${o}.`,
    past: {
      question: (s, noun) => `${s} was an affiliate of which ${noun}?`,
      questionAll: (s) => `${s} was an affiliate of which of these?`,
      sentence: (s, o) => `${s} was an affiliate of ${o}.`
    }
  },
  'based-in': {
    ask: 'object',
    question: (s) => `According to the article, where is ${s} based?`,
    questionAll: (s) => `According to the article, where is ${s} based?`,
    sentence: (s, o) => `${s} is based in ${o}.`,
    past: {
      question: (s) => `According to the article, where was ${s} based?`,
      questionAll: (s) => `According to the article, where was ${s} based?`,
      sentence: (s, o) => `${s} was based in ${o}.`
    }
  },
  'located-in': {
    ask: 'object',
    question: (s, noun) => `In which ${noun} is ${s}?`,
    questionAll: (s) => `Where is ${s}?`,
    sentence: (s, o) => `${s} is in ${o}.`
  },
  'commander-of': {
    ask: 'object',
    question: (s, noun) => `According to the article, which ${noun} does ${s} command?`,
    questionAll: (s) => `According to the article, what does ${s} command?`,
    sentence: (s, o) => `${s} is a commander of ${o}.`,
    past: {
      question: (s, noun) => `According to the article, which ${noun} did ${s} command?`,
      questionAll: (s) => `According to the article, what did ${s} command?`,
      sentence: (s, o) => `${s} commanded ${o}.`
    }
  },
  'leader-of': {
    ask: 'object',
    question: (s, noun) => `According to the article, ${s} leads which ${noun}?`,
    questionAll: (s) => `According to the article, what does ${s} lead?`,
    sentence: (s, o) => `${s} leads ${o}.`,
    past: {
      question: (s, noun) => `According to the article, which ${noun} did ${s} lead at the time?`,
      questionAll: (s) => `According to the article, what did ${s} lead at the time?`,
      sentence: (s, o) => `${s} led ${o} at the time.`
    }
  },
  'part-of': {
    ask: 'object',
    question: (s, noun) => `${s} is part of which ${noun}?`,
    questionAll: (s) => `${s} is part of which of these?`,
    sentence: (s, o) => `${s} is part of ${o}.`,
    past: {
      question: (s, noun) => `${s} was part of which ${noun}?`,
      questionAll: (s) => `${s} was part of which of these?`,
      sentence: (s, o) => `${s} was part of ${o}.`
    }
  },
  'member-of': {
    ask: 'object',
    question: (s, noun) => `According to the article, ${s} belongs to which ${noun}?`,
    questionAll: (s) => `According to the article, ${s} belongs to which of these?`,
    sentence: (s, o) => `${s} belongs to ${o}.`,
    past: {
      question: (s, noun) => `According to the article, ${s} formerly belonged to which ${noun}?`,
      questionAll: (s) => `According to the article, ${s} formerly belonged to which of these?`,
      sentence: (s, o) => `${s} formerly belonged to ${o}.`
    }
  },
  'birthplace-of': {
    ask: 'subject',
    question: (o, noun) => `Which ${noun} is the birthplace of ${o}?`,
    questionAll: (o) => `Which places are the birthplace of ${o}?`,
    sentence: (s, o) => `${s} is the birthplace of ${o}.`
  },
  armed: {
    ask: 'object',
    question: (s, noun) => `According to the article, ${s} has armed which ${noun}?`,
    questionAll: (s) => `According to the article, which of these has ${s} armed?`,
    sentence: (s, o) => `${s} has armed ${o}.`
  },
  'weakened-by': {
    ask: 'object',
    // Forces of every kind weakened it, armies and armed groups alike.
    question: (s) => `According to the article, ${s} was weakened by which force?`,
    questionAll: (s) => `According to the article, which of these weakened ${s}?`,
    sentence: (s, o) => `${s} was weakened by ${o}.`
  },
  'considers-apostates': {
    ask: 'object',
    question: (s, noun) =>
      `According to the article, the ideology of ${s} considers which ${noun} apostates?`,
    questionAll: (s) => `According to the article, the ideology of ${s} considers which of these apostates?`,
    sentence: (s, o) => `The ideology of ${s} considers ${o} apostates.`,
    term: 'apostates'
  },
  'responsible-for': {
    ask: 'subject',
    question: (o, noun) => `According to the article, which ${noun} was responsible for the ${o}?`,
    questionAll: (o) => `According to the article, which of these were responsible for the ${o}?`,
    sentence: (s, o) => `${s} was responsible for the ${o}.`
  },
  'killed-in': {
    ask: 'subject',
    question: (o, noun) => `According to the article, which ${noun} was killed in the ${o}?`,
    questionAll: (o) => `According to the article, who was killed in the ${o}?`,
    sentence: (s, o) => `${s} died in the ${o}.`
  },
  ordered: {
    ask: 'subject',
    question: (o, noun) => `According to the article, which ${noun} ordered the ${o}?`,
    questionAll: (o) => `According to the article, who ordered the ${o}?`,
    sentence: (s, o) => `${s} ordered the ${o}.`
  },
  thanked: {
    ask: 'object',
    question: (s, noun) => `According to the article, which ${noun} did ${s} thank?`,
    questionAll: (s) => `According to the article, whom did ${s} thank?`,
    sentence: (s, o) => `${s} thanked ${o}.`
  }
};

const nouns: Record<string, string> = {
  person: 'person',
  'place:country': 'country',
  'place:province': 'province',
  'place:city': 'city',
  'place:town': 'town',
  'place:region': 'region',
  'place:landmark': 'place',
  organization: 'organization',
  group: 'group',
  object: 'thing'
};

/** The word for an entity's kind in a stem: "country", "person", "organization". */
export function kindNoun(entity: Entity): string {
  const kind = 'subtype' in entity && entity.type === 'place' ? `place:${entity.subtype}` : entity.type;
  return nouns[kind] ?? 'one';
}

/**
 * A name or sentence as it reads inside a longer sentence: "the drone strike that killed
 * Soleimani", but "the Kerman bombings": a first word the article never writes in lower case is a name.
 */
export function midSentence(text: string, articleText: string): string {
  const [first = '', ...rest] = text.split(' ');
  const lower = first.toLowerCase();
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const usedInLowerCase = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(articleText);
  return [usedInLowerCase ? lower : first, ...rest].join(' ');
}

export function eventPhrase(event: Event, articleText: string): string {
  return midSentence(event.name, articleText);
}
