import { clozeBlank, type Question } from '../question.ts';
import { escapeXml as x } from '../exporters/xml-escape.ts';

export const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const schemaLocation = `${qtiNamespace} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;

/** QTI identifiers must start with a letter; our prompt ids are numbers, so they get a "p". */
function promptIdentifier(id: string): string {
  return `p${id}`;
}

/** The class of a choice interaction whose choices are the article's paragraphs. */
export const evidenceClass = 'newsquiz-evidence-selection';

type Declaration = { cardinality: string; baseType: string; correct: string[]; mapping?: string };

function declaration(question: Question): Declaration {
  switch (question.type) {
    case 'single-choice':
      return { cardinality: 'single', baseType: 'identifier', correct: [question.key] };
    case 'true-false':
      return { cardinality: 'single', baseType: 'identifier', correct: [String(question.key)] };
    case 'multiple-response': {
      const share = 1 / question.key.length;
      const wrong = -1 / Math.max(1, question.options.length - question.key.length);
      const entries = question.options
        .map(
          (option) =>
            `<qti-map-entry map-key="${option.id}" mapped-value="${question.key.includes(option.id) ? share : wrong}"/>`
        )
        .join('');
      return {
        cardinality: 'multiple',
        baseType: 'identifier',
        correct: question.key,
        mapping: `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`
      };
    }
    case 'numeric':
      return {
        cardinality: 'single',
        baseType: 'float',
        correct: [String(question.key.kind === 'range' ? question.key.min : question.key.value)]
      };
    case 'short-answer':
    case 'cloze': {
      // QTI compares strings only with case set aside; our other normalisation is lost here.
      const entries = question.key
        .map((answer) => `<qti-map-entry map-key="${x(answer)}" mapped-value="1" case-sensitive="false"/>`)
        .join('');
      return {
        cardinality: 'single',
        baseType: 'string',
        correct: [question.key[0]!],
        mapping: `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`
      };
    }
    case 'matching': {
      const share = 1 / question.key.length;
      const pairs = question.key.map((pair) => `${promptIdentifier(pair.prompt)} ${pair.option}`);
      const entries = pairs
        .map((pair) => `<qti-map-entry map-key="${pair}" mapped-value="${share}"/>`)
        .join('');
      return {
        cardinality: 'multiple',
        baseType: 'directedPair',
        correct: pairs,
        mapping: `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`
      };
    }
    case 'ordering':
      return { cardinality: 'ordered', baseType: 'identifier', correct: question.key };
    case 'evidence-selection': {
      // Any cited paragraph scores: a correct response holds one value, so the mapping does the grading.
      const entries = question.key
        .map((paragraph) => `<qti-map-entry map-key="${paragraph}" mapped-value="1"/>`)
        .join('');
      return {
        cardinality: 'single',
        baseType: 'identifier',
        correct: [question.key[0]!],
        mapping: `<qti-mapping lower-bound="0" upper-bound="1" default-value="0">${entries}</qti-mapping>`
      };
    }
  }
}

function choices(options: readonly { id: string; text: string }[]): string {
  return options
    .map(
      (option) => `\n      <qti-simple-choice identifier="${option.id}">${x(option.text)}</qti-simple-choice>`
    )
    .join('');
}

function body(question: Question): string {
  const prompt = `\n      <qti-prompt>${x(question.stem)}</qti-prompt>`;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response': {
      const max = question.type === 'single-choice' ? 1 : 0;
      return `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${max}">${prompt}${choices(question.options)}\n    </qti-choice-interaction>`;
    }
    case 'evidence-selection':
      // The class tells our reader the choices are paragraphs; any QTI player sees a plain choice.
      return `<qti-choice-interaction class="${evidenceClass}" response-identifier="RESPONSE" shuffle="false" max-choices="1">${prompt}${choices(question.options)}\n    </qti-choice-interaction>`;
    case 'true-false':
      return `<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="1">${prompt}${choices(
        [
          { id: 'true', text: 'True' },
          { id: 'false', text: 'False' }
        ]
      )}\n    </qti-choice-interaction>`;
    case 'numeric': {
      const unit = question.unit ? ` <span class="unit">${x(question.unit)}</span>` : '';
      return `<p class="stem">${x(question.stem)}</p>\n    <p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="10"/>${unit}</p>`;
    }
    case 'short-answer':
      return `<p class="stem">${x(question.stem)}</p>\n    <p><qti-text-entry-interaction response-identifier="RESPONSE" expected-length="40"/></p>`;
    case 'cloze': {
      const [before = '', after = ''] = question.passage.split(clozeBlank);
      return `<p class="stem">${x(question.stem)}</p>\n    <p class="passage">${x(before)}<qti-text-entry-interaction response-identifier="RESPONSE" expected-length="30"/>${x(after)}</p>`;
    }
    case 'matching': {
      const prompts = question.prompts
        .map(
          (item) =>
            `\n        <qti-simple-associable-choice identifier="${promptIdentifier(item.id)}" match-max="1">${x(item.text)}</qti-simple-associable-choice>`
        )
        .join('');
      const options = question.options
        .map(
          (item) =>
            `\n        <qti-simple-associable-choice identifier="${item.id}" match-max="1">${x(item.text)}</qti-simple-associable-choice>`
        )
        .join('');
      return `<qti-match-interaction response-identifier="RESPONSE" shuffle="false" max-associations="${question.prompts.length}">${prompt}\n      <qti-simple-match-set>${prompts}\n      </qti-simple-match-set>\n      <qti-simple-match-set>${options}\n      </qti-simple-match-set>\n    </qti-match-interaction>`;
    }
    case 'ordering':
      return `<qti-order-interaction response-identifier="RESPONSE" shuffle="false">${prompt}${choices(question.options)}\n    </qti-order-interaction>`;
  }
}

function scoring(question: Question, declared: Declaration): string {
  const one = '<qti-base-value base-type="float">1</qti-base-value>';
  if (declared.mapping) {
    return `<qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>`;
  }
  if (question.type === 'numeric') {
    const tolerance =
      question.key.kind === 'range'
        ? `0 ${question.key.max - question.key.min}`
        : `${question.key.tolerance}`;
    return `<qti-response-condition><qti-response-if><qti-equal tolerance-mode="absolute" tolerance="${tolerance}"><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-equal><qti-set-outcome-value identifier="SCORE">${one}</qti-set-outcome-value></qti-response-if></qti-response-condition>`;
  }
  return `<qti-response-condition><qti-response-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match><qti-set-outcome-value identifier="SCORE">${one}</qti-set-outcome-value></qti-response-if></qti-response-condition>`;
}

/** One question as a QTI 3.0 assessment item, with its explanation as feedback shown after scoring. */
export function qtiItemXml(question: Question): string {
  const declared = declaration(question);
  const values = declared.correct.map((value) => `<qti-value>${x(value)}</qti-value>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${qtiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${schemaLocation}" identifier="${question.id}" title="${x(question.stem.slice(0, 80))}" adaptive="false" time-dependent="false" xml:lang="en">
  <qti-response-declaration identifier="RESPONSE" cardinality="${declared.cardinality}" base-type="${declared.baseType}">
    <qti-correct-response>${values}</qti-correct-response>${declared.mapping ? `\n    ${declared.mapping}` : ''}
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
    <qti-default-value><qti-value>0</qti-value></qti-default-value>
  </qti-outcome-declaration>
  <qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>
  <qti-item-body>
    ${body(question)}
  </qti-item-body>
  <qti-response-processing>
    ${scoring(question, declared)}
    <qti-set-outcome-value identifier="FEEDBACK"><qti-base-value base-type="identifier">EXPLANATION</qti-base-value></qti-set-outcome-value>
  </qti-response-processing>
  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="EXPLANATION" show-hide="show">
    <qti-content-body><p>${x(question.explanation)}</p></qti-content-body>
  </qti-modal-feedback>
</qti-assessment-item>
`;
}
