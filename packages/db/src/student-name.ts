/**
 * A student's name as the app compares names (the attempt limit, extra time): case, spaces, invisible
 * characters and lookalike forms (full-width letters, say) are ignored, so "Ava Li", " ava  LI " and
 * "ＡｖａＬｉ" are one name. Compared in code rather than with SQL's lower(), which folds only ASCII under
 * some collations: Émile is émile.
 */
export const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]/gu, '')
    .toLocaleLowerCase('und');
