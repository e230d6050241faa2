import { parseWrittenNumber, type NumericQuestion } from '@newsquiz/question-bank';
import type { KindForm } from '../kind-form';

export const numericForm: KindForm<NumericQuestion> = {
  parseAnswer(_question, fields) {
    const typed = fields.first().trim();
    if (!typed) return { ok: false, field: fields.name(), message: 'Enter a number.' };
    // An example number here could be the very answer, so the message names none.
    const value = parseWrittenNumber(typed);
    if (value === undefined)
      return {
        ok: false,
        field: fields.name(),
        message: 'Enter the number in digits, with commas only between thousands.'
      };
    return { ok: true, response: { type: 'numeric', value } };
  },
  authoring: {
    tooFewRows: (minimum) => `Write at least ${minimum} options.`,
    blank: {},
    values(question) {
      const unit = question.unit ?? '';
      return question.key.kind === 'range'
        ? { numericKind: 'range', min: String(question.key.min), max: String(question.key.max), unit }
        : { value: String(question.key.value), tolerance: String(question.key.tolerance), unit };
    },
    draft({ values, common, refuse }) {
      const unit = values.unit.trim();
      const withUnit = unit === '' ? {} : { unit };
      const number = (field: 'value' | 'tolerance' | 'min' | 'max', blank?: number) => {
        const parsed = values[field].trim() === '' ? blank : parseWrittenNumber(values[field]);
        if (parsed === undefined || (field === 'tolerance' && parsed < 0))
          refuse(field, 'Write a number, such as 84 or 2.5.');
        return parsed ?? 0;
      };
      if (values.numericKind === 'range') {
        const key = { kind: 'range' as const, min: number('min'), max: number('max') };
        return { draft: { ...common, type: 'numeric', key, ...withUnit }, sources: { key: 'max' } };
      }
      const key = { kind: 'tolerance' as const, value: number('value'), tolerance: number('tolerance', 0) };
      return { draft: { ...common, type: 'numeric', key, ...withUnit }, sources: { key: 'value' } };
    }
  }
};
