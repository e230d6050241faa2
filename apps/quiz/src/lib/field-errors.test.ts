import { describe, expect, it } from 'vitest';
import { describedBy, errorId, invalid } from './field-errors';

describe('describedBy', () => {
  it('names a hint always and an error paragraph only while it is shown', () => {
    expect(describedBy({}, 'accepted-hint', errorId('accepted'))).toBe('accepted-hint');
    expect(describedBy({ accepted: ['List at least one.'] }, 'accepted-hint', errorId('accepted'))).toBe(
      'accepted-hint accepted-error'
    );
  });

  it('gives nothing rather than an empty attribute', () => {
    expect(describedBy({}, errorId('topic'))).toBeUndefined();
  });
});

describe('invalid', () => {
  it('marks only a field with errors', () => {
    expect(invalid({ topic: ['Choose a topic.'] }, 'topic')).toBe('true');
    expect(invalid({ topic: ['Choose a topic.'] }, 'skill')).toBeUndefined();
  });
});
