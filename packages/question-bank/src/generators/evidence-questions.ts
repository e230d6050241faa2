import {
  allFacts,
  type Entity,
  type Evidence,
  type Idea,
  type Paragraph,
  type Statement
} from '@newsquiz/facts';
import type { FactIndex } from '../fact-index.ts';
import { normaliseAnswer } from '../normalise-answer.ts';
import type { QuestionDraft } from '../question.ts';
import { foundByWords, wordMatcher, type WordMatcher } from '../word-matching.ts';
import { evidenceOf, quote, quotedSentence, topicOf, type Generator } from './generator-context.ts';
import { skillOfIdea } from './idea-questions.ts';

/** Paragraphs offered besides the ones that say so: three where as many are close enough, two at least. */
const otherParagraphs = 3;
const fewestOtherParagraphs = 2;

/**
 * The paragraphs that may speak to anything the statement is about: every paragraph cited by a fact about
 * one of its subjects. None of them is offered as a wrong answer, since it might say so too.
 */
function mightSaySo(index: FactIndex, statement: Statement): Set<string> {
  const subjects = new Set([statement.id, ...statement.about]);
  const related = [
    ...index.statements.filter((other) => other.about.some((id) => subjects.has(id))),
    ...index.base.events.filter((event) => subjects.has(event.id)),
    ...index.base.relations.filter(
      (relation) => subjects.has(relation.subject) || subjects.has(relation.object)
    ),
    ...index.base.quantities.filter(
      (quantity) => quantity.event !== undefined && subjects.has(quantity.event)
    ),
    statement
  ];
  return new Set(related.flatMap((fact) => fact.evidence.map((item) => item.paragraph)));
}

/** The article's body, read once per bank: its paragraphs, their places, and which name each entity. */
type ArticleBody = {
  paragraphs: Paragraph[];
  positionOf: Map<string, number>;
  /** The entities a text names, by name or alias. */
  namedIn(text: string): Entity[];
  /** The paragraphs that name the entity, where it tells paragraphs apart; none where most name it. */
  distinctiveParagraphs: Map<string, string[]>;
  /** The topics of the facts each paragraph is cited for. */
  topicsOf: Map<string, Set<string>>;
  /** The words that tell paragraphs apart. */
  words: WordMatcher;
};

function readBody(index: FactIndex): ArticleBody {
  const paragraphs = index.base.article.paragraphs.filter((paragraph) => paragraph.kind === 'body');
  const names = new Map(
    index.base.entities.map((entity) => [
      entity,
      [entity.name, ...entity.aliases].map(normaliseAnswer).filter((name) => name !== '')
    ])
  );
  const spaced = (text: string) => ` ${normaliseAnswer(text)} `;
  const namedIn = (text: string) => {
    const normal = spaced(text);
    return [...names]
      .filter(([, forms]) => forms.some((name) => normal.includes(` ${name} `)))
      .map(([e]) => e);
  };
  const naming = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    for (const entity of namedIn(paragraph.text))
      naming.set(entity.id, [...(naming.get(entity.id) ?? []), paragraph.id]);
  }
  const distinctiveParagraphs = new Map([...naming].filter(([, ids]) => ids.length <= paragraphs.length / 2));
  const topicsOf = new Map<string, Set<string>>();
  for (const fact of allFacts(index.base)) {
    for (const item of fact.evidence) {
      const topics = topicsOf.get(item.paragraph) ?? new Set<string>();
      fact.topics.forEach((topic) => topics.add(topic));
      topicsOf.set(item.paragraph, topics);
    }
  }
  return {
    topicsOf,
    words: wordMatcher(paragraphs.map((paragraph) => paragraph.text)),
    paragraphs,
    positionOf: new Map(paragraphs.map((paragraph, position) => [paragraph.id, position])),
    namedIn,
    distinctiveParagraphs
  };
}

/**
 * Paragraphs that name something distinctive the claim names: one of them may say so in other words. A
 * name found in most paragraphs (Iran, the U.S.) tells nothing apart, so it does not count.
 */
function namesWhatTheClaimNames(body: ArticleBody, claim: string): string[] {
  return body.namedIn(claim).flatMap((entity) => body.distinctiveParagraphs.get(entity.id) ?? []);
}

/** Paragraphs nearest the right one come first: they are the ones a careless reader takes for it. */
function nearest(
  candidates: readonly Paragraph[],
  keyPositions: readonly number[],
  positionOf: Map<string, number>
) {
  const distance = (paragraph: Paragraph) =>
    Math.min(...keyPositions.map((position) => Math.abs(positionOf.get(paragraph.id)! - position)));
  return [...candidates].sort(
    (a, b) => distance(a) - distance(b) || positionOf.get(a.id)! - positionOf.get(b.id)!
  );
}

/** Words in a row that, found in the lead and a paragraph alike, let a student match words instead of reading. */
const matchedRun = 10;

function words(text: string): string[] {
  return normaliseAnswer(text).split(' ').filter(Boolean);
}

/** True when the lead repeats `matchedRun` words in a row of the text. */
function sharesRun(lead: string, text: string): boolean {
  const spaced = ` ${words(text).join(' ')} `;
  const asked = words(lead);
  for (let start = 0; start + matchedRun <= asked.length; start++) {
    if (spaced.includes(` ${asked.slice(start, start + matchedRun).join(' ')} `)) return true;
  }
  return false;
}

/** What a question asks the student to find in the article, and what it counts as asked. */
type Finding = {
  /** Everything up to the question: the claim, or the idea's question and the answer to support. */
  lead: string;
  evidence: Evidence[];
  /** Paragraphs that may say so too, so none of them is offered as a wrong answer. */
  excluded: ReadonlySet<string>;
  /** Paragraphs that answer the same question otherwise: offered first, as the closest wrong answers. */
  preferred: readonly string[];
  /**
   * Only the preferred paragraphs are offered as wrong: an idea's near misses are chosen by an editor,
   * and a paragraph found by its topic alone is often on another point, wrong without reading.
   */
  closeOnly: boolean;
  verb: 'says so' | 'reports this claim' | 'supports that answer';
  fields: Pick<QuestionDraft, 'factIds' | 'topic' | 'skill'>;
};

function evidenceQuestion(article: ArticleBody, finding: Finding): QuestionDraft[] {
  const { paragraphs: body, positionOf } = article;
  const evidence = evidenceOf([finding]).filter((item) => positionOf.has(item.paragraph));
  // In the article's order, as the paragraphs are offered.
  const key = [...new Set(evidence.map((item) => item.paragraph))].sort(
    (a, b) => positionOf.get(a)! - positionOf.get(b)!
  );
  if (key.length === 0) return [];
  const keyTexts = body.filter((paragraph) => key.includes(paragraph.id)).map((paragraph) => paragraph.text);
  if (keyTexts.some((text) => sharesRun(finding.lead, text))) return [];
  // A wrong paragraph on another topic is found wrong by its topic alone, without reading for the point.
  const onTopic = (paragraph: Paragraph) =>
    article.topicsOf.get(paragraph.id)?.has(finding.fields.topic) ?? false;
  const preferred = body.filter(
    (paragraph) => finding.preferred.includes(paragraph.id) && !key.includes(paragraph.id)
  );
  // Of the rest, those sharing the question's words come first, so words alone do not point to the key.
  const sharing = new Map(
    body.map((paragraph) => [paragraph, article.words.shared(finding.lead, paragraph.text)])
  );
  const sharedWords = (paragraph: Paragraph) => sharing.get(paragraph)!;
  const others = [
    ...preferred,
    ...(finding.closeOnly
      ? []
      : nearest(
          body.filter(
            (paragraph) =>
              !finding.excluded.has(paragraph.id) && !preferred.includes(paragraph) && onTopic(paragraph)
          ),
          key.map((paragraph) => positionOf.get(paragraph)!),
          positionOf
        ).sort((a, b) => sharedWords(b) - sharedWords(a)))
  ].slice(0, otherParagraphs);
  if (others.length < fewestOtherParagraphs) return [];
  if (
    foundByWords(
      article.words,
      finding.lead,
      keyTexts,
      others.map((paragraph) => paragraph.text)
    )
  )
    return [];
  const offered = body.filter(
    (paragraph) => key.includes(paragraph.id) || others.some((other) => other.id === paragraph.id)
  );
  const told = finding.verb === 'reports this claim' ? 'reports it' : finding.verb;
  // Each paragraph that says so, with its words, so the feedback shows every right choice.
  const shown = key.map((paragraph) => {
    const words = evidence.find((item) => item.paragraph === paragraph)!.quote;
    return `paragraph ${paragraph.slice(1)}: ${quotedSentence(words)}`;
  });
  const either = key.length > 1 ? ` ${key.length === 2 ? 'Two do' : 'Several do'}; choose one.` : '';
  return [
    {
      type: 'evidence-selection',
      stem: `${finding.lead} Which paragraph of the article ${finding.verb}?${either}`,
      options: offered.map((paragraph) => ({ id: paragraph.id, text: paragraph.text })),
      key,
      explanation: `The article ${told} in ${shown.join(' And in ')} ${finding.closeOnly ? 'The other paragraphs offered do not support that answer.' : 'The other paragraphs offered are about something else.'}`,
      evidence,
      ...finding.fields
    }
  ];
}

function statementFinding(index: FactIndex, article: ArticleBody, statement: Statement): Finding {
  // Only what the article states itself is something it "says"; a claim it reports is one it reports.
  const ownVoice = statement.speaker.attribution === 'article' || statement.stance === 'asserted';
  return {
    lead: quotedSentence(statement.claim),
    evidence: statement.evidence,
    excluded: new Set([...mightSaySo(index, statement), ...namesWhatTheClaimNames(article, statement.claim)]),
    preferred: [],
    closeOnly: false,
    verb: ownVoice ? 'says so' : 'reports this claim',
    fields: { factIds: [statement.id], topic: topicOf([statement]), skill: 'sourcing' }
  };
}

/**
 * One answer of a key idea to support from the article: a reason, a central idea, a point of a
 * comparison. A rule applied to a case is left out: every case rests on the same paragraph.
 */
function ideaFindings(index: FactIndex, article: ArticleBody, idea: Idea): Finding[] {
  if (idea.form === 'rule-application') return [];
  const factsById = new Map(allFacts(index.base).map((fact) => [fact.id, fact]));
  const about = idea.about.flatMap((id) => factsById.get(id)?.evidence ?? []);
  const cited = [...idea.evidence, ...about, ...idea.answers.flatMap((answer) => answer.evidence)];
  // Whatever may say what the idea rests on may support its answers too, so it is no wrong answer.
  const related = index.statements
    .filter((statement) => idea.about.includes(statement.id))
    .flatMap((statement) => [...mightSaySo(index, statement)]);
  // An answer put together from several paragraphs is asked whole, by the choice questions.
  const located = idea.answers.filter(
    (answer) => new Set(answer.evidence.map((item) => item.paragraph)).size === 1
  );
  // Asked here without its options, the idea's question cannot point to "these".
  const prompt = idea.prompt.replace(/\bWhich of these\b/g, 'Which');
  return located.map((answer) => ({
    lead: `Asked ${quote(prompt)}, a student answers: ${quotedSentence(answer.text)}`,
    closeOnly: true,
    evidence: answer.evidence,
    // Where another answer stands: on the point, and not this answer, as the fact base cites every
    // paragraph that supports an answer.
    preferred: [
      ...idea.answers
        .filter((other) => other !== answer)
        .flatMap((other) => other.evidence.map((item) => item.paragraph)),
      ...idea.nearMisses
    ].filter((paragraph) => !answer.evidence.some((item) => item.paragraph === paragraph)),
    excluded: new Set([
      ...cited.map((item) => item.paragraph),
      ...related,
      ...namesWhatTheClaimNames(article, answer.text)
    ]),
    verb: 'supports that answer',
    fields: { factIds: [idea.id, ...idea.about], topic: idea.topics[0]!, skill: skillOfIdea[idea.form] }
  }));
}

/** "Show where the article says so": every statement the article makes or reports, and every answer of a
 * key idea, found in its paragraph. */
export const evidenceGenerators: Record<string, Generator> = {
  evidenceSelection: ({ index }) => {
    const article = readBody(index);
    // An idea's answers come first: where one rests on a statement, the bank keeps the question with the why.
    const findings = [
      ...index.base.ideas.flatMap((idea) => ideaFindings(index, article, idea)),
      ...index.statements.map((statement) => statementFinding(index, article, statement))
    ];
    return findings.flatMap((finding) => evidenceQuestion(article, finding));
  }
};
