/** Loyalty programme constants, shared with the admin dashboard. */

/** Points earned per whole euro spent. */
export const POINTS_PER_EURO = 1;

/** 12-month point total from which a member is gold. */
export const GOLD_THRESHOLD = 5000;

/** Points needed for one free drink. */
export const FREE_DRINK_POINTS = 500;
