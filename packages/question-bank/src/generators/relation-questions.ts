import type { Entity, Predicate, Relation } from '@newsquiz/facts';
import { entityCandidates, namesOverlap, pickDistractors } from '../distractors.ts';
import type { FactIndex } from '../fact-index.ts';
import { containsAnswer, normaliseAnswer } from '../normalise-answer.ts';
import { clozeBlank, type QuestionDraft } from '../question.ts';
import { sentenceAround } from './article-sentences.ts';
import {
  citation,
  evidenceOf,
  quotedSentence,
  sentenceCase,
  sharesNameWord,
  shuffledChoices,
  stemNames,
  topicOf,
  type Generator,
  type GeneratorContext
} from './generator-context.ts';
import { agree, isPlural } from './plural.ts';
import { evidenceStatesRelation } from './relation-evidence.ts';
import {
  eventPhrase,
  kindNoun,
  midSentence,
  relationTemplates,
  type RelationTemplate,
  type RelationWording
} from './relation-templates.ts';

/** One relation seen as a question: what is known, what is asked, and every true answer. */
type RelationAsk = {
  template: RelationTemplate;
  /** The words for the relation's time: the past ones for a tie that no longer holds. */
  wording: RelationWording;
  relations: Relation[];
  knownId: string;
  /** How the known reads inside a sentence: "the Middle East Institute". */
  known: string;
  /** True when what is known is the subject and a plural: "where are Tajik operatives based?" */
  knownIsPluralSubject: boolean;
  answers: Entity[];
  /** Who says so, when the relation rests on a source's claim: "an investigation by Iran's …". */
  claimant: string | undefined;
};

// Templates whose every wording is past already (events) or holds in any time (where a place is).
const timeless = new Set(['weakened-by', 'responsible-for', 'killed-in', 'ordered', 'thanked', 'located-in']);

// The five relation generators ask the same relations; work them out once per bank.
const asksByIndex = new WeakMap<FactIndex, RelationAsk[]>();

function relationAsks(index: FactIndex): RelationAsk[] {
  if (!asksByIndex.has(index)) asksByIndex.set(index, groupRelationAsks(index));
  return asksByIndex.get(index)!;
}

/**
 * Groups the relations by what a question would ask, so every true answer is known at once. A tie
 * that no longer holds is asked in the past tense, or not at all; a claim is asked as its source's.
 */
function groupRelationAsks(index: FactIndex): RelationAsk[] {
  const articleText = index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  // The headline and dek are read before the article: an answer they name asks nothing of it ("Which
  // group was responsible?" under "… Ahead of Islamic State Terrorist Attack").
  const display = index.base.article.paragraphs
    .filter((paragraph) => paragraph.kind === 'headline' || paragraph.kind === 'dek')
    .map((paragraph) => paragraph.text)
    .join(' ');
  const groups = new Map<string, RelationAsk>();
  for (const relation of index.base.relations) {
    const template = relationTemplates[relation.predicate];
    // What a student knows without the article tests nothing it teaches.
    if (!template || relation.widelyKnown) continue;
    // "The Houthis belong to which group?" asks a group what it is counted among: vague, where "Iran has
    // armed which group?" asks the same plainly.
    if (relation.predicate === 'member-of' && index.entity(relation.subject)?.type === 'group') continue;
    const past = relation.status !== 'current';
    const wording = past && !timeless.has(relation.predicate) ? template.past : template;
    if (!wording) continue;
    const knownId = template.ask === 'object' ? relation.subject : relation.object;
    const answer = index.entity(template.ask === 'object' ? relation.object : relation.subject);
    const knownEntity = index.entity(knownId);
    const knownEvent = index.event(knownId);
    const known = knownEntity
      ? index.nameIn(knownEntity)
      : knownEvent
        ? eventPhrase(knownEvent, articleText)
        : undefined;
    if (!answer || known === undefined || stemNames(display, answer)) continue;
    const object = index.entity(relation.object);
    if (object && !evidenceStatesRelation(relation, object, index.entity(relation.subject))) continue;
    // Who a source is and whom it works for are its credentials, not the news: asked, they are trivia.
    if (relation.topics.every((topic) => topic === 'sourcing-and-attribution')) continue;
    if (knownEntity ? sharesNameWord(knownEntity, answer) : sharesWord(known, answer.name)) continue;
    const claim = relation.claim ? index.statements.find((item) => item.id === relation.claim) : undefined;
    const key = [relation.predicate, knownId, past, relation.claim ?? ''].join('\u0000');
    const knownIsPluralSubject =
      template.ask === 'object' && knownEntity !== undefined && isPlural(knownEntity);
    const group = groups.get(key) ?? {
      template,
      wording,
      relations: [],
      knownId,
      known,
      answers: [],
      knownIsPluralSubject,
      claimant: claim ? index.sourcePhrase(claim) : undefined
    };
    group.relations.push(relation);
    group.answers.push(answer);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "According to Alex Vatanka, …" in place of the article, for a relation only a source vouches for. */
function attributed(ask: RelationAsk, text: string, articleText: string): string {
  if (!ask.claimant) return text;
  const rest = text.replace(/^According to the article, /, '');
  return `According to ${ask.claimant}, ${midSentence(rest, articleText)}`;
}

/**
 * Whether the relation may hold of this answer under the closure, in any time and on any source's
 * word: what a wrong answer must not do.
 */
function mayHoldOf(index: FactIndex, ask: RelationAsk): (id: string) => boolean {
  const predicate = ask.relations[0]!.predicate;
  return ask.template.ask === 'object'
    ? (id) => index.closure.mayHold(ask.knownId, predicate, id)
    : (id) => index.closure.mayHold(id, predicate, ask.knownId);
}

// Ties of help: a group the facts set against the known one ("Iran has armed which group?" offering
// ISIS-K, which attacked Iran) is ruled out by the story's outline, without reading a word of the passage.
const helping = new Set<Predicate>(['armed', 'thanked']);
const hostile = new Set<Predicate>(['enemy-of', 'adversary-of', 'clashed-with']);

/**
 * The known's foes the facts name: linked to it by a hostile relation, or attacking it. Only those named
 * so: a group tied to an attacker only by one source's finding (Tajik operatives, by Iran's inquiry) is
 * ruled out by reading that finding, which is what a question should ask.
 */
function foesOf(index: FactIndex, knownId: string): (id: string) => boolean {
  const known = index.closure.wholesOf(knownId);
  const foes = new Set<string>();
  for (const relation of index.base.relations) {
    if (!hostile.has(relation.predicate)) continue;
    if (known.has(relation.subject)) foes.add(relation.object);
    if (known.has(relation.object)) foes.add(relation.subject);
  }
  for (const event of index.base.events) {
    if (!event.actors.some((actor) => actor.role === 'target' && known.has(actor.entity))) continue;
    for (const actor of event.actors) if (actor.role === 'perpetrator') foes.add(actor.entity);
    for (const relation of index.relationsTo(event.id, 'responsible-for')) foes.add(relation.subject);
  }
  return (id) => foes.has(id);
}

/** Candidates a reader rules out without the article: for a tie of help, a foe of the known. */
function implausibleFor(index: FactIndex, ask: RelationAsk): ((name: string) => boolean) | undefined {
  if (!helping.has(ask.relations[0]!.predicate)) return undefined;
  const foe = foesOf(index, ask.knownId);
  return (name) => {
    const entity = index.entityNamed(name);
    return entity !== undefined && foe(entity.id);
  };
}

// Which group was killed in an attack: fighters and forces of the same story are believable victims, and
// the groups of another attack are not ("relatives of the victims", of Kerman's, for the Kabul bombing). A
// person killed is asked among people.
const victimFamilies = ['group:armed', 'organization:military'];

// Which force weakened a group: armed groups and military forces alike are believable. Drawn from the
// key's family alone, the wrong ones were the only military bodies left, one country's units beside a
// key of another, so knowing where the group fights gave the answer. None is the group's own whole or part.
const forceFamilies = ['group:armed', 'organization:military'];
const byForce = new Set<Predicate>(['weakened-by']);

function answerCandidates(index: FactIndex, ask: RelationAsk, key: Entity): string[] {
  const trueIds = ask.answers.map((answer) => answer.id);
  const { predicate } = ask.relations[0]!;
  const killed = predicate === 'killed-in' && index.familyOf(key) === 'group:population';
  const force = byForce.has(predicate) && forceFamilies.includes(index.familyOf(key));
  const candidates = entityCandidates(
    index,
    key,
    trueIds,
    ask.knownId,
    mayHoldOf(index, ask),
    killed ? victimFamilies : force ? forceFamilies : []
  );
  if (killed) return candidates.filter(ofTheStory(index, ask.knownId));
  if (force)
    return candidates.filter((name) => !index.closure.related(ask.knownId, index.entityNamed(name)!.id));
  return candidates;
}

/** Sharing a topic with the attack, and neither its attacker nor part of one. */
function ofTheStory(index: FactIndex, eventId: string): (name: string) => boolean {
  const event = index.event(eventId);
  const topics = new Set(event?.topics ?? []);
  const attackers = (event?.actors ?? [])
    .filter((actor) => actor.role === 'perpetrator')
    .map((actor) => actor.entity);
  return (name) => {
    const entity = index.entityNamed(name);
    return (
      entity !== undefined &&
      entity.topics.some((topic) => topics.has(topic)) &&
      !attackers.some((id) => index.closure.related(id, entity.id))
    );
  };
}

/** "victims of the Kerman bombings" for "who was killed in the Kerman bombings?" answers itself. */
function sharesWord(phrase: string, name: string): boolean {
  const words = new Set(
    normaliseAnswer(phrase)
      .split(' ')
      .filter((word) => word.length >= 4)
  );
  return normaliseAnswer(name)
    .split(' ')
    .some((word) => words.has(word));
}

/** "According to Islamic State, which group …?" invites the claimant's own name as the answer. */
function namesClaimant(ask: RelationAsk): boolean {
  return ask.claimant !== undefined && ask.answers.some((entity) => sharesWord(ask.claimant!, entity.name));
}

function isClean(stem: string, answers: readonly Entity[]): boolean {
  return answers.every((answer) => !stemNames(stem, answer));
}

function singleChoice(context: GeneratorContext, ask: RelationAsk): QuestionDraft[] {
  const { index, random } = context;
  // Offered or stated, the claimant's own operatives are the key as plainly as they would be typed.
  if (namesClaimant(ask)) return [];
  return ask.answers.slice(0, context.variants).flatMap((answer, position) => {
    const relation = ask.relations[position]!;
    const stem = questionOf(index, ask, kindNoun(answer));
    if (!isClean(stem, ask.answers)) return [];
    const candidates = answerCandidates(index, ask, answer);
    const distractors = pickDistractors(random, {
      keys: [answer.name],
      candidates,
      stem,
      count: 3,
      overlap: (a, b) => namesOverlap(index, a, b),
      implausible: implausibleFor(index, ask)
    });
    if (distractors.length < 2) return [];
    const { choices, idOf } = shuffledChoices(random, [answer.name, ...distractors]);
    const evidence = evidenceOf([relation]);
    const others =
      ask.answers.length > 1 ? ' The article names more than one, but only one is listed here.' : '';
    const sentence = sentenceOf(index, ask, answer);
    return [
      {
        type: 'single-choice',
        stem,
        options: choices,
        key: idOf(answer.name),
        explanation: `${sentence}${others}${citation(evidence)}`,
        evidence,
        factIds: [relation.id, answer.id],
        topic: topicOf([relation]),
        skill: 'recall'
      }
    ];
  });
}

function articleTextOf(index: FactIndex): string {
  return index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
}

function questionOf(index: FactIndex, ask: RelationAsk, noun: string): string {
  const question = sentenceCase(ask.wording.question(ask.known, noun));
  return attributed(ask, ask.knownIsPluralSubject ? agree(question) : question, articleTextOf(index));
}

function questionAllOf(index: FactIndex, ask: RelationAsk): string {
  const question = sentenceCase(ask.wording.questionAll(ask.known, 'one'));
  return attributed(ask, ask.knownIsPluralSubject ? agree(question) : question, articleTextOf(index));
}

function sentenceOf(index: FactIndex, ask: RelationAsk, answer: Entity): string {
  const name = index.nameIn(answer);
  const [s, o] = ask.template.ask === 'object' ? [ask.known, name] : [name, ask.known];
  const plural = ask.template.ask === 'object' ? ask.knownIsPluralSubject : isPlural(answer);
  const sentence = sentenceCase(ask.wording.sentence(s, o));
  return attributed(ask, plural ? agree(sentence) : sentence, articleTextOf(index));
}

function multipleResponse(context: GeneratorContext, ask: RelationAsk): QuestionDraft[] {
  if (ask.answers.length < 2) return [];
  const { index, random } = context;
  const stem = `${questionAllOf(index, ask)} Select all that apply.`;
  if (!isClean(stem, ask.answers)) return [];
  const keys = ask.answers.map((answer) => answer.name);
  const candidates = answerCandidates(index, ask, ask.answers[0]!);
  const distractors = pickDistractors(random, {
    keys,
    candidates,
    stem,
    count: Math.max(2, 5 - keys.length),
    overlap: (a, b) => namesOverlap(index, a, b),
    implausible: implausibleFor(index, ask)
  });
  if (distractors.length < 2) return [];
  const { choices, idOf } = shuffledChoices(random, [...keys, ...distractors]);
  const evidence = evidenceOf(ask.relations);
  return [
    {
      type: 'multiple-response',
      stem,
      options: choices,
      key: keys.map(idOf).sort(),
      explanation: `${ask.answers.map((answer) => sentenceOf(context.index, ask, answer)).join(' ')}${citation(evidence)}`,
      evidence,
      factIds: [...ask.relations.map((relation) => relation.id), ...ask.answers.map((answer) => answer.id)],
      topic: topicOf(ask.relations),
      skill: 'recall'
    }
  ];
}

function shortAnswer(context: GeneratorContext, ask: RelationAsk): QuestionDraft[] {
  const answer = ask.answers[0]!;
  const question = questionOf(context.index, ask, kindNoun(answer));
  // "Which force?" where the article names three: the student should know one is enough.
  const stem =
    ask.answers.length > 1 ? `${question} The article names more than one; give any one.` : question;
  if (!isClean(stem, ask.answers)) return [];
  if (namesClaimant(ask)) return [];
  // Every true answer is accepted, each by its name and its unambiguous aliases.
  const accepted = ask.answers.flatMap((entity) => context.index.acceptedNames(entity));
  const evidence = evidenceOf(ask.relations);
  return [
    {
      type: 'short-answer',
      stem,
      key: accepted,
      explanation: `${ask.answers.map((entity) => sentenceOf(context.index, ask, entity)).join(' ')}${citation(evidence)}`,
      evidence,
      factIds: [...ask.relations.map((relation) => relation.id), ...ask.answers.map((entity) => entity.id)],
      topic: topicOf(ask.relations),
      skill: 'recall'
    }
  ];
}

function trueFalse(context: GeneratorContext, ask: RelationAsk): QuestionDraft[] {
  const { index, random } = context;
  if (namesClaimant(ask)) return [];
  const drafts: QuestionDraft[] = [];
  ask.answers.slice(0, context.variants).forEach((answer, position) => {
    const relation = ask.relations[position]!;
    const evidence = evidenceOf([relation]);
    const sentence = sentenceOf(context.index, ask, answer);
    drafts.push({
      type: 'true-false',
      stem: `True or false: ${sentence}`,
      key: true,
      explanation: `True. ${sentence}${citation(evidence)}`,
      evidence,
      factIds: [relation.id, answer.id],
      topic: topicOf([relation]),
      skill: 'recall'
    });
  });
  const answer = ask.answers[0]!;
  const candidates = answerCandidates(index, ask, answer);
  const [wrongName] = pickDistractors(random, {
    keys: [answer.name],
    candidates,
    stem: ask.known,
    count: 1
  });
  const wrong = index.base.entities.find((entity) => entity.name === wrongName);
  if (wrong) {
    const evidence = evidenceOf(ask.relations);
    const truth = ask.answers.map((entity) => sentenceOf(context.index, ask, entity)).join(' ');
    drafts.push({
      type: 'true-false',
      stem: `True or false: ${sentenceOf(context.index, ask, wrong)}`,
      key: false,
      explanation: `False. ${truth}${citation(evidence)}`,
      evidence,
      factIds: [...ask.relations.map((relation) => relation.id), wrong.id],
      topic: topicOf(ask.relations),
      skill: 'recall'
    });
  }
  return drafts;
}

function uniqueAnswers(answers: readonly string[]): string[] {
  const seen = new Set<string>();
  return answers.filter((answer) => {
    const normal = normaliseAnswer(answer);
    if (seen.has(normal)) return false;
    seen.add(normal);
    return true;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A name that opens with an article reads badly in a blank the article fills without one: "former the
// spy agency officer".
const leadingArticle = /^(?:the|a|an)\s/i;

/** The accepted answers that read in the blank's place: those with an article only where the name has one. */
function fitsBlank(blanked: string, names: readonly string[]): string[] {
  return uniqueAnswers([blanked, ...names]).filter(
    (name) => leadingArticle.test(blanked) || !leadingArticle.test(name)
  );
}

/** A name's words as compared: no possessive "’s", case or punctuation. */
function nameWords(name: string): string[] {
  return normaliseAnswer(name.replace(/['’]s\b/g, ''))
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Whether the passage round the blank restates the answer: it holds all words but one of a name of two
 * words or more ("U.S. … forces" for "U.S. forces", "Islamic State" for "Islamic State operatives"), so
 * the missing word is all a student need supply. A word counts as held in a longer one it begins, as
 * "Afghan" is in "Afghanistan".
 */
function restated(passage: string, names: readonly string[]): boolean {
  const words = nameWords(passage.replace(clozeBlank, ' '));
  const held = (word: string) =>
    words.some((other) => other === word || (word.length >= 4 && other.startsWith(word)));
  return names.some((name) => {
    const own = nameWords(name);
    return own.length >= 2 && own.filter((word) => !held(word)).length <= 1;
  });
}

/**
 * Whether the sentence pins the answer down by a fact the facts mark as widely known ("Shiite Muslims,
 * a majority of Iran's population"): a student fills the blank from that, not from the article.
 */
function pinnedByKnownFact(index: FactIndex, sentence: string, answer: Entity): boolean {
  return index.base.relations.some(
    (relation) =>
      relation.widelyKnown &&
      (relation.subject === answer.id || relation.object === answer.id) &&
      relation.evidence.some((item) => sentence.includes(item.quote))
  );
}

/**
 * Whether the sentence says the same of the answer for another subject ("Tajik operatives based in
 * Afghanistan—where … ISIS-Khorasan Province is based"): the blank would ask where ISIS-K is based too,
 * which a cloze of its own may ask already.
 */
function statesAnotherFact(index: FactIndex, sentence: string, answer: Entity, asked: Relation): boolean {
  const side = asked.object === answer.id ? 'object' : 'subject';
  return index.base.relations.some(
    (relation) =>
      relation.id !== asked.id &&
      relation.predicate === asked.predicate &&
      relation[side] === answer.id &&
      relation.evidence.some((item) => sentence.includes(item.quote))
  );
}

function wordPattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');
}

type Blank = { passage: string; key: string[] };

/**
 * The sentence with the entity's name blanked in the quote, and the names that fill it; `cued` where the
 * rest of the sentence restates or pins the entity down, and nothing where no name of it stands alone.
 */
function blankEntity(
  index: FactIndex,
  entity: Entity,
  sentence: string,
  blankIn: (pattern: RegExp) => string,
  quote: string
): Blank | 'cued' | undefined {
  let cued = false;
  for (const name of [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length)) {
    const pattern = wordPattern(name);
    if (!pattern.test(quote)) continue;
    const passage = blankIn(pattern);
    if (stemNames(passage, entity)) continue;
    const key = fitsBlank(name, index.acceptedNames(entity));
    if (!restated(passage, key) && !pinnedByKnownFact(index, sentence, entity)) return { passage, key };
    cued = true;
  }
  return cued ? 'cued' : undefined;
}

/**
 * Blanks the answer's name in a quote that holds it, shown in the whole sentence around it so the blank
 * has its context; the rest of the sentence must not name, restate or pin down the answer. Where it
 * does, the blank takes the relation's own word, if the template has one, or else another thing the
 * source's claim names ("two of its operatives had detonated ___").
 */
function cloze(context: GeneratorContext, ask: RelationAsk): QuestionDraft[] {
  const { index } = context;
  const paragraphText = new Map(
    index.base.article.paragraphs.map((paragraph) => [paragraph.id, paragraph.text])
  );
  return ask.answers.flatMap((answer, position) => {
    const relation = ask.relations[position]!;
    const claim = relation.claim ? index.statements.find((item) => item.id === relation.claim) : undefined;
    for (const item of relation.evidence) {
      if (item.quote.length < 25) continue;
      const sentence = sentenceAround(paragraphText.get(item.paragraph) ?? item.quote, item.quote);
      const at = sentence.indexOf(item.quote);
      const blankIn = (pattern: RegExp) =>
        `${sentence.slice(0, at)}${item.quote.replace(pattern, clozeBlank)}${sentence.slice(at + item.quote.length)}`;
      const draft = (blank: Blank, explanation: string, factIds: string[]): QuestionDraft => ({
        type: 'cloze',
        stem: 'Fill in the blank with the words the article uses.',
        // Words quoted inside the sentence take single marks: "“‘With Iran, it gets gray,’ said …”".
        passage: quotedSentence(blank.passage),
        key: blank.key,
        explanation: `${explanation}${citation([item])}`,
        evidence: [item],
        factIds,
        topic: topicOf([relation]),
        skill: 'recall'
      });
      const blank = blankEntity(index, answer, sentence, blankIn, item.quote);
      if (blank === undefined) continue;
      const askedTwice = blank !== 'cued' && statesAnotherFact(index, sentence, answer, relation);
      const asked = askedTwice ? 'cued' : blank;
      if (asked !== 'cued') return [draft(asked, sentenceOf(index, ask, answer), [relation.id, answer.id])];
      const term = ask.template.term;
      if (term && wordPattern(term).test(item.quote)) {
        const passage = blankIn(wordPattern(term));
        if (!containsAnswer(passage.replace(clozeBlank, ' '), term)) {
          return [draft({ passage, key: [term] }, sentenceOf(index, ask, answer), [relation.id, answer.id])];
        }
      }
      for (const id of claim?.about ?? []) {
        const other = index.entity(id);
        // The known side is the claim's own finding ("a team of ___ based in Afghanistan") where the answer
        // would be asked twice; elsewhere the stem's subject is no blank.
        if (!other || other.id === answer.id || (other.id === ask.knownId && !askedTwice)) continue;
        const blank = blankEntity(index, other, sentence, blankIn, item.quote);
        if (!blank || blank === 'cued') continue;
        const said = `According to ${index.sourcePhrase(claim!)}, ${midSentence(claim!.claim, articleTextOf(index))}`;
        return [draft(blank, said, [claim!.id, other.id])];
      }
    }
    return [];
  });
}

export const relationGenerators: Record<string, Generator> = {
  'relation-single-choice': (context) =>
    relationAsks(context.index).flatMap((ask) => singleChoice(context, ask)),
  'relation-multiple-response': (context) =>
    relationAsks(context.index).flatMap((ask) => multipleResponse(context, ask)),
  'relation-short-answer': (context) =>
    relationAsks(context.index).flatMap((ask) => shortAnswer(context, ask)),
  'relation-true-false': (context) => relationAsks(context.index).flatMap((ask) => trueFalse(context, ask)),
  'relation-cloze': (context) => relationAsks(context.index).flatMap((ask) => cloze(context, ask))
};
