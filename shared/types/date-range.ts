/**
 * The years a record's dates may fall in. A journal of a career has no use for others, and a date near
 * the end of JavaScript's range (9999-12-31) passed the check before, then broke the screens that add
 * weeks to it (issue 14). No zod here: date inputs use these bounds on the first screen.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** The same bounds as `min` and `max` of a date input (yyyy-MM-dd). */
export const DATE_INPUT_RANGE = { min: `${FIRST_YEAR}-01-01`, max: `${LAST_YEAR}-12-31` } as const;
