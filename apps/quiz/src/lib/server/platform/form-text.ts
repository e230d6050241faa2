import { z } from 'zod';

/**
 * Refuses a NUL (U+0000) in a form's text field, naming the field. PostgreSQL keeps no NUL in text or
 * jsonb, so one that got through would fail the write with a 500; every form schema's text fields carry
 * this check, which runs before anything is stored.
 */
export const noNul = (field: string) =>
  z.refine<string>(
    (text) => !text.includes('\u0000'),
    `${field} must not contain a null character (U+0000).`
  );
