import type { Attribution, Statement } from '@newsquiz/facts';
import { pickDistractors } from '../distractors.ts';
import type { FactIndex } from '../fact-index.ts';
import { emphasiseNegation, lengthsSimilar } from '../gates/option-rules.ts';
import type { QuestionDraft } from '../question.ts';
import {
  citation,
  evidenceOf,
  quote,
  quotedSentence,
  repeatsMost,
  sentenceCase,
  shuffledChoices,
  stemNames,
  topicOf,
  type Generator
} from './generator-context.ts';
import { containsAnswer } from '../normalise-answer.ts';
import { midSentence } from './relation-templates.ts';

/**
 * One source as a reader tells it apart: every anonymous U.S. official is one source. `entities` are
 * whom it is or speaks for; none for an unnamed source of unknown affiliation ("several officials").
 */
type Source = {
  identity: string;
  /** The source as an option reads: "Iranian government", "IRGC Aerospace force commander". */
  label: string;
  anonymous: boolean;
  former: boolean;
  entities: string[];
  /**
   * What the source is: the person or body named, or, for unnamed officials, the body they serve,
   * since they may be any of its people.
   */
  self: string | undefined;
};

/**
 * Two sources a reader cannot tell apart as answers: one is inside the other (Douglas London and the
 * CIA; the Ministry of Intelligence and the Iranian government; one former U.S. official and Douglas
 * London, who is one), or one is unnamed officials of no stated affiliation, who may be any of the
 * other unnamed officials. Two people or bodies inside one government are two sources: Hossein Salami
 * and the Ministry of Intelligence.
 */
function sourcesOverlap(index: FactIndex, a: Source, b: Source): boolean {
  if (a.identity === b.identity) return true;
  if (a.anonymous && b.anonymous && (a.self === undefined || b.self === undefined)) return true;
  // Former officials and current ones are different people, whatever body both served.
  if (a.former !== b.former) return false;
  return a.self !== undefined && b.self !== undefined && index.closure.overlap(a.self, b.self);
}

function sourceOf(index: FactIndex, statement: Statement): Source | undefined {
  const { speaker } = statement;
  if (speaker.attribution === 'article') return undefined;
  if (speaker.attribution === 'anonymous') {
    const affiliation = speaker.affiliation ? index.entity(speaker.affiliation) : undefined;
    const entity = speaker.entity ? index.entity(speaker.entity) : undefined;
    const former = speaker.former ? 'former ' : '';
    // A faction the article describes ("Iran’s hard-liners") is named as it names it: "unnamed" reads as if
    // the article hid who they are.
    const label = affiliation
      ? `unnamed ${former}${affiliation.name} officials`
      : entity
        ? speaker.faction
          ? entity.name
          : `unnamed ${entity.name}`
        : `unnamed ${speaker.description.replace(/^(?:some|several|one|a|an) /i, '')}`;
    return {
      identity: `anonymous:${speaker.affiliation ?? speaker.entity ?? speaker.description}:${former}`,
      label,
      anonymous: true,
      former: speaker.former,
      entities: speakerEntities(statement),
      self: speaker.affiliation ?? speaker.entity
    };
  }
  const entity = speaker.entity ? index.entity(speaker.entity) : undefined;
  const label = entity?.name ?? speaker.description;
  return {
    identity: `${speaker.attribution}:${speaker.entity ?? speaker.description}`,
    label,
    anonymous: false,
    former: speaker.former,
    entities: speakerEntities(statement),
    self: speaker.entity ?? speaker.affiliation
  };
}

function speakerEntities(statement: Statement): string[] {
  const { entity, affiliation } = statement.speaker;
  return [entity, affiliation].filter((id): id is string => id !== undefined);
}

function sourcedStatements(index: FactIndex): { statement: Statement; source: Source }[] {
  return index.statements.flatMap((statement) => {
    const source = sourceOf(index, statement);
    return source ? [{ statement, source }] : [];
  });
}

/** How the article names the source, fit for the middle of a sentence: "one former U.S. official". */
function speakerPhrase(index: FactIndex, statement: Statement): string {
  const articleText = index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  return midSentence(statement.speaker.description, articleText);
}

function quoted(statement: Statement): string {
  return statement.mode === 'direct-quote' && statement.quote ? statement.quote : statement.claim;
}

/**
 * What a quoted fragment is said of, as the article puts it before the quotation marks: "Islamic State"
 * in "said Islamic State “has disappeared nowadays”". A fragment starts in lower case; a whole sentence
 * has its own subject.
 */
function fragmentSubject(statement: Statement, fragment: string): string | undefined {
  if (!/^[a-z]/.test(fragment)) return undefined;
  for (const item of statement.evidence) {
    const at = item.quote.indexOf(fragment);
    if (at < 1) continue;
    const before = item.quote.slice(0, at).replace(/\s*["“‘]$/, '');
    const subject =
      /\b(?:said|says|argued|arguing|saying|claimed|suggested)\s+(?:that\s+)?([^,;:“”"]+)$/.exec(before);
    if (subject) return subject[1]!.trim();
  }
  return undefined;
}

/** "who said: “With Iran, it gets gray”?", but "who said that Islamic State “has disappeared nowadays”?" */
function whoSaidStem(statement: Statement, fragment: string): string {
  const subject = fragmentSubject(statement, fragment);
  return subject
    ? `According to the article, who said that ${subject} ${quote(fragment)}?`
    : `According to the article, who said: ${quote(fragment)}?`;
}

/** Every statement is about sourcing too; only the others tell what a source speaks of. */
const sourcingTopic = 'sourcing-and-attribution';

function subjectTopics(statement: Statement): string[] {
  return statement.topics.filter((topic) => topic !== sourcingTopic);
}

/**
 * The key as this statement words it: "an unnamed U.S. government official" where the article says
 * "a U.S. official", the source's plural label where it says "U.S. officials".
 */
function keyLabel(index: FactIndex, statement: Statement, source: Source): string {
  const single = /^(?:a|an|one) /i.test(statement.speaker.description);
  const affiliation = statement.speaker.affiliation ? index.entity(statement.speaker.affiliation) : undefined;
  if (!source.anonymous || !single || !affiliation) return source.label;
  const former = statement.speaker.former ? 'former ' : '';
  return `an unnamed ${former}${affiliation.name} official`;
}

/** Three options at least, four where it can: the right source and two or three a reader could believe. */
const minimumDistractors = 2;
const distractorCount = 3;

/** Sources that spoke about one thing, at least this many, share a subject, not a claim. */
const hubSources = 3;

/**
 * What several sources speak about (the warning itself): that two spoke of it does not make one's account
 * the other's. A source that spoke about anything else the statement is about might have said it.
 */
function sharedSubjects(all: readonly { statement: Statement; source: Source }[]): Set<string> {
  const speakers = new Map<string, Set<string>>();
  for (const { statement, source } of all) {
    for (const id of statement.about) speakers.set(id, (speakers.get(id) ?? new Set()).add(source.identity));
  }
  return new Set([...speakers].filter(([, identities]) => identities.size >= hubSources).map(([id]) => id));
}

/**
 * The claims a key idea weighs as its source's claim alone ("Does the article itself confirm …? No: it
 * reports the link only as Tehran's claim"): who gave the account is that idea's answer, asked from the
 * same angle, so it is asked there.
 */
function claimsWeighedAsTheirSources(index: FactIndex): Set<string> {
  return new Set(
    index.base.ideas.flatMap((idea) => {
      const [only] = idea.about;
      return idea.form === 'claim-evaluation' &&
        idea.about.length === 1 &&
        idea.answers.some((answer) => answer.source === only)
        ? [only!]
        : [];
    })
  );
}

/**
 * Wrong sources are ones a reader could believe said it: sources of the same camp or quoted on the
 * same topic, none that spoke of the statement's particular facts, since they might have said it too;
 * that several sources spoke of the warning itself does not make one's account another's. Where fewer than two such sources exist, the question is not asked: a
 * choice between the right source and absurd ones asks nothing.
 */
const whoSaidIt: Generator = ({ index, random }) => {
  const all = sourcedStatements(index);
  const weighed = claimsWeighedAsTheirSources(index);
  const hubs = sharedSubjects(all);
  const topicsOf = new Map<string, Set<string>>();
  for (const { statement, source } of all) {
    const topics = topicsOf.get(source.label) ?? new Set<string>();
    subjectTopics(statement).forEach((topic) => topics.add(topic));
    topicsOf.set(source.label, topics);
  }
  const sources = new Map(all.map((other) => [other.source.label, other.source]));
  // The countries a source speaks for: Iran for Hossein Salami, through the IRGC and the government.
  const countriesOfId = (id: string) =>
    [...index.closure.wholesOf(id)].filter((whole) => {
      const entity = index.entity(whole);
      return entity !== undefined && index.familyOf(entity) === 'place:country';
    });
  const countriesOf = (candidate: Source) =>
    candidate.self === undefined ? [] : countriesOfId(candidate.self);
  // An armed group speaks for itself: it is no stand-in for officials or analysts, nor they for it.
  const armed = (candidate: Source) =>
    candidate.entities.some((id) => {
      const entity = index.entity(id);
      return entity !== undefined && index.familyOf(entity) === 'group:armed';
    });
  return all.flatMap(({ statement, source }): QuestionDraft[] => {
    if (weighed.has(statement.id)) return [];
    const direct = statement.mode === 'direct-quote' && statement.quote;
    const stem = direct
      ? whoSaidStem(statement, direct)
      : `According to the article, which source gave this account: ${quote(statement.claim)}?`;
    const particular = new Set(statement.about.filter((id) => !hubs.has(id)));
    const excluded = new Set(
      all
        .filter((other) => other.statement.about.some((id) => particular.has(id)))
        .map((other) => other.source.identity)
    );
    const topics = subjectTopics(statement);
    const possible = [...sources.values()].filter(
      (other) => !excluded.has(other.identity) && !sourcesOverlap(index, other, source)
    );
    // Sources of the same camp first (U.S. officials beside a former CIA officer), then any that speak
    // on the same topic for the same country or for none (an analyst): an Iranian commander offered as
    // the source of a U.S. official's reasons is no choice at all.
    const sameCamp = possible.filter((other) =>
      other.entities.some((id) => source.entities.some((own) => index.closure.related(id, own)))
    );
    const own = countriesOf(source);
    const sameSide = (other: Source) => {
      const theirs = countriesOf(other);
      return theirs.length === 0 || theirs.some((id) => own.includes(id));
    };
    const onTopic = possible.filter(
      (other) =>
        !sameCamp.includes(other) &&
        armed(other) === armed(source) &&
        topics.some((topic) => topicsOf.get(other.label)!.has(topic))
    );
    const sameTopic = onTopic.filter(sameSide);
    const key = keyLabel(index, statement, source);
    const overlap = (a: string, b: string) =>
      sourcesOverlap(index, sources.get(a) ?? source, sources.get(b) ?? source);
    // A body that one who spoke of the same facts stands inside might be said to have said it too: the
    // Iranian government, when Hossein Salami, one of its commanders, spoke of them.
    const insideIt = all
      .filter((other) => excluded.has(other.source.identity) && other.source.self !== undefined)
      .map((other) => index.closure.wholesOf(other.source.self!));
    const mightHaveSaid = (label: string) => {
      const body = sources.get(label)?.self;
      return body !== undefined && insideIt.some((wholes) => wholes.has(body));
    };
    const pick = (chosen: string[], candidates: readonly Source[]) => [
      ...chosen,
      ...pickDistractors(random, {
        keys: [key, ...chosen],
        candidates: candidates.map((other) => other.label),
        stem,
        count: distractorCount - chosen.length,
        overlap,
        implausible: mightHaveSaid
      })
    ];
    // The source's own camp first; where it has only two, a source on the same topic takes the third
    // place, since three options leave the key easy to spot by elimination.
    const ownCamp = pick([], sameCamp);
    const withTopic = ownCamp.length >= distractorCount ? ownCamp : pick(ownCamp, sameTopic);
    // Still two, and the account speaks of the other side's country too ("The U.S. and Israel are Iran's
    // enduring foes"): a source on the same topic for that side might have given it, so it takes the third
    // place, since two wrong options leave the key to a guess of one in three. It never makes a question of
    // one that had fewer: the other side alone is no choice at all.
    const spokenOf = new Set(statement.about.flatMap(countriesOfId));
    const otherSide = onTopic.filter(
      (other) => !sameTopic.includes(other) && countriesOf(other).every((id) => spokenOf.has(id))
    );
    const distractors =
      withTopic.length === distractorCount - 1 && otherSide.length > 0
        ? pick(withTopic, otherSide)
        : withTopic;
    // A stem that names the source points to it; one that names the body it speaks for does too, unless
    // a wrong source speaks for that body as well.
    const speaker = statement.speaker.entity ? index.entity(statement.speaker.entity) : undefined;
    const body = statement.speaker.affiliation ? index.entity(statement.speaker.affiliation) : undefined;
    const bodyShared = distractors.some((label) =>
      sources.get(label)!.entities.some((id) => body !== undefined && index.closure.overlap(id, body.id))
    );
    const namesSource =
      (speaker !== undefined && stemNames(stem, speaker)) ||
      containsAnswer(stem, source.label) ||
      (body !== undefined && stemNames(stem, body) && !bodyShared);
    if (distractors.length < minimumDistractors || namesSource) return [];
    const { choices, idOf } = shuffledChoices(random, [key, ...distractors]);
    const evidence = evidenceOf([statement]);
    return [
      {
        type: 'single-choice',
        stem,
        options: choices,
        key: idOf(key),
        explanation: `The article attributes this to ${speakerPhrase(index, statement)}.${citation(evidence)}`,
        evidence,
        factIds: [statement.id],
        topic: topicOf([statement]),
        skill: 'sourcing'
      }
    ];
  });
};

/**
 * How the article identifies a source, as categories that exclude one another: each says what the
 * article gives (a name, one post, neither, a body, a report), so "officials" is never arguably a job
 * title nor a job title arguably an unnamed source.
 */
export const attributionLabels: Record<Exclude<Attribution, 'article'>, string> = {
  named: 'a person named in full',
  'title-only': 'one specific post, by title only',
  anonymous: 'no name and no specific post',
  organization: 'an organization speaking as a body',
  investigation: 'a published investigation'
};

/** A faction the article describes ("Iran’s hard-liners") is unnamed, but no source in the reporters' sense. */
const factionLabel = 'a loosely described group';

const attributionKind: Generator = ({ index, random }) => {
  const sourced = sourcedStatements(index);
  return sourced.flatMap(({ statement }): QuestionDraft[] => {
    const attribution = statement.speaker.attribution as Exclude<Attribution, 'article'>;
    const faction = attribution === 'anonymous' && statement.speaker.faction;
    const key = faction ? factionLabel : attributionLabels[attribution];
    // A published investigation is an organization's too, so the two are never offered side by side; a
    // faction's label takes the unnamed source's place, which would be a second, muddled answer.
    const labels = Object.values(attributionLabels)
      .filter((label) => attribution !== 'investigation' || label !== attributionLabels.organization)
      .map((label) => (faction && label === attributionLabels.anonymous ? factionLabel : label));
    const { choices, idOf } = shuffledChoices(random, labels);
    // A claim that a source of another kind makes too ("ISIS-K was responsible": the group, and unnamed
    // officials) has two right answers.
    const alsoSaid = sourced.some(
      (other) =>
        other.statement.speaker.attribution !== attribution &&
        other.statement.about.some((id) => statement.about.includes(id) && !index.entity(id))
    );
    if (alsoSaid) return [];
    const evidence = evidenceOf([statement]);
    return [
      {
        type: 'single-choice',
        stem: `How does the article identify the source of this: ${quote(quoted(statement))}?`,
        options: choices,
        key: idOf(key),
        explanation: `The article attributes it to ${speakerPhrase(index, statement)}: ${key}.${citation(evidence)}`,
        evidence,
        factIds: [statement.id],
        topic: topicOf([statement]),
        skill: 'sourcing'
      }
    ];
  });
};

export const stanceLabels: Record<Statement['stance'], string> = {
  asserted: 'It also states it in its own voice',
  reported: 'It only reports it as the source’s account',
  disputed: 'It gives facts that cut against it'
};

/**
 * A fourth way an article may treat a claim, wrong wherever the article never speaks of verifying: three
 * options leave the key to a guess of one in three, and reporters do write that they could not verify a claim.
 */
export const unverifiedLabel = 'It says it could not verify it independently';

function speaksOfVerifying(index: FactIndex): boolean {
  return index.base.article.paragraphs.some((paragraph) => /\b(?:verif|unverif)/i.test(paragraph.text));
}

function stanceExplanation(index: FactIndex, statement: Statement): string {
  const who = speakerPhrase(index, statement);
  switch (statement.stance) {
    case 'asserted':
      return `The article attributes this to ${who} and also states it as fact in its own voice.`;
    case 'reported':
      return `The article only reports this as what ${who} said; it does not state it as fact itself.`;
    case 'disputed':
      return `The article reports what ${who} said and gives facts that cut against it: ${factsAgainst(statement)}.`;
  }
}

/** "“…” (paragraph 21); “…” (paragraph 37)": what a student who read the claim as merely reported missed. */
function factsAgainst(statement: Statement): string {
  return (statement.against ?? [])
    .map((item) => `${quote(item.quote)} (paragraph ${item.paragraph.slice(1)})`)
    .join('; ');
}

/** The claim in the article's words, then the facts the article gives against it. */
function claimEvidence(statement: Statement) {
  return evidenceOf([statement, { evidence: statement.against ?? [] }]);
}

/**
 * The claims whose treatment is clear-cut: those the article gives facts against. Whether the article
 * also states a claim in its own voice is a matter of degree (the dek's "actionable intelligence" against
 * officials' "specific enough about the location"), so a question on it has two defensible answers; and a
 * claim a key idea weighs against the article's facts is asked there, with the facts.
 */
function clearCutClaims(index: FactIndex): { statement: Statement; source: Source }[] {
  const weighed = new Set(
    index.base.ideas.filter((idea) => idea.form === 'claim-evaluation').flatMap((idea) => idea.about)
  );
  return sourcedStatements(index).filter(
    ({ statement }) => statement.stance === 'disputed' && !weighed.has(statement.id)
  );
}

/**
 * The claim as the article reports it, in the reader's words and with the source's own verb ("suggested"),
 * not in quotation marks that would make a paraphrase read as the source's words.
 */
function reportedClaim(index: FactIndex, statement: Statement): string {
  const articleText = index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const claim = midSentence(statement.claim, articleText).replace(/\.$/, '');
  return `The article reports that ${speakerPhrase(index, statement)} ${statement.verb} that ${claim}.`;
}

const claimOrConfirmed: Generator = ({ index, random }) => {
  const labels = [...Object.values(stanceLabels), ...(speaksOfVerifying(index) ? [] : [unverifiedLabel])];
  return clearCutClaims(index).map(({ statement }) => {
    const key = stanceLabels[statement.stance];
    const { choices, idOf } = shuffledChoices(random, labels);
    const evidence = claimEvidence(statement);
    return {
      type: 'single-choice',
      stem: `${reportedClaim(index, statement)} How does the article treat this claim?`,
      options: choices,
      key: idOf(key),
      explanation: `${stanceExplanation(index, statement)}${citation(evidence)}`,
      evidence,
      factIds: [statement.id],
      topic: topicOf([statement]),
      skill: 'sourcing'
    } satisfies QuestionDraft;
  });
};

const confirmedTrueFalse: Generator = ({ index }) => {
  const articleText = index.base.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  return clearCutClaims(index).map(({ statement }) => {
    const claim = midSentence(statement.claim, articleText);
    const evidence = claimEvidence(statement);
    const key = statement.stance === 'asserted';
    return {
      type: 'true-false',
      stem: emphasiseNegation(
        `True or false: the article itself states as fact, in its own voice, that ${claim}`
      ),
      key,
      explanation: `${key ? 'True' : 'False'}. ${stanceExplanation(index, statement)}${citation(evidence)}`,
      evidence,
      factIds: [statement.id],
      topic: topicOf([statement]),
      skill: 'sourcing'
    } satisfies QuestionDraft;
  });
};

/** Sets of three or four sources, each with one of its direct quotes, drawn at random. */
const speakerMatching: Generator = ({ index, random, variants }) => {
  const bySource = new Map<string, { source: Source; statements: Statement[] }>();
  for (const { statement, source } of sourcedStatements(index)) {
    if (statement.mode !== 'direct-quote' || !statement.quote) continue;
    const entry = bySource.get(source.identity) ?? { source, statements: [] };
    entry.statements.push(statement);
    bySource.set(source.identity, entry);
  }
  const drafts = new Map<string, QuestionDraft>();
  for (let attempt = 0; attempt < variants * 3 && drafts.size < variants; attempt++) {
    const chosen: { source: Source; statement: Statement }[] = [];
    for (const entry of random.shuffle([...bySource.values()])) {
      if (chosen.length === 4) break;
      const labels = [...chosen.map((item) => item.source.label), entry.source.label];
      if (!lengthsSimilar(labels)) continue;
      if (chosen.some((item) => sourcesOverlap(index, item.source, entry.source))) continue;
      const statement = random.shuffle(entry.statements)[0]!;
      chosen.push({ source: entry.source, statement });
    }
    if (chosen.length < 3) break;
    const signature = chosen
      .map((item) => item.statement.id)
      .sort()
      .join(' ');
    const ids = chosen.map((item) => item.statement.id);
    // Two sets that share most of their quotations ask them twice.
    if (drafts.has(signature) || repeatsMost(ids, [...drafts.values()])) continue;
    const prompts = chosen.map((item, position) => ({
      id: String(position + 1),
      text: quote(quoted(item.statement))
    }));
    // One unnamed official is named in the singular, as the article does.
    const labels = chosen.map((item) => keyLabel(index, item.statement, item.source));
    const { choices, idOf } = shuffledChoices(random, labels);
    const statements = chosen.map((item) => item.statement);
    drafts.set(signature, {
      type: 'matching',
      stem: 'Match each quotation to the source the article attributes it to.',
      prompts,
      options: choices,
      key: labels.map((label, position) => ({ prompt: String(position + 1), option: idOf(label) })),
      explanation: chosen
        .map(
          (item, position) =>
            `${sentenceCase(labels[position]!)} said ${quotedSentence(quoted(item.statement))}`
        )
        .join(' '),
      evidence: evidenceOf(statements),
      factIds: statements.map((statement) => statement.id),
      topic: topicOf(statements),
      skill: 'sourcing'
    });
  }
  return [...drafts.values()];
};

export const sourcingGenerators: Record<string, Generator> = {
  'sourcing-who-said-it': whoSaidIt,
  'sourcing-attribution': attributionKind,
  'sourcing-claim-or-confirmed': claimOrConfirmed,
  'sourcing-confirmed-true-false': confirmedTrueFalse,
  'sourcing-speaker-matching': speakerMatching
};
