import type { ParamMatcher } from '@sveltejs/kit';

/** A question number as students count: 1, 2, 3… */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,3}$/.test(param);
