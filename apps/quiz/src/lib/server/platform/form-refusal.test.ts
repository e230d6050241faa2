import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { fieldErrors, refuse, zodFieldErrors } from './form-refusal';

describe('a refused form action', () => {
  test('always answers a message and field errors, with what the page keeps beside them', () => {
    expect(refuse(400, { message: 'This quiz is closed.' })).toMatchObject({
      status: 400,
      data: { message: 'This quiz is closed.', fields: {} }
    });
    expect(refuse(429, { fields: { email: ['Unknown.'] }, values: { email: 'a@b' } })).toMatchObject({
      status: 429,
      data: { message: null, fields: { email: ['Unknown.'] }, values: { email: 'a@b' } }
    });
  });
});

describe('field errors', () => {
  test('are keyed by the input id where it differs from the field name, and keep their order', () => {
    const errors = fieldErrors(
      [
        { field: 'displayName', message: 'must not be empty' },
        { field: 'email', message: 'must be an email' },
        { field: 'displayName', message: 'is too short' }
      ],
      { displayName: 'display-name' }
    );
    expect(errors).toEqual({
      'display-name': ['must not be empty', 'is too short'],
      email: ['must be an email']
    });
  });

  test('from a schema, by the first field of each path, leaving out errors of the whole form', () => {
    const Form = z
      .object({ title: z.string().min(1, 'must not be empty'), count: z.number() })
      .refine(() => false, 'the form as a whole');
    const fieldsWrong = Form.safeParse({ title: '', count: 'x' });
    expect(zodFieldErrors(fieldsWrong.error!, { title: 'new-title' })).toEqual({
      'new-title': ['must not be empty'],
      count: [expect.any(String)]
    });
    const formWrong = Form.safeParse({ title: 'Kerman', count: 1 });
    expect(formWrong.error?.issues).toHaveLength(1);
    expect(zodFieldErrors(formWrong.error!)).toEqual({});
  });
});
