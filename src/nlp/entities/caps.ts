// The capitalisation classes of a token, as features.ts computes them (capOf).
export const CAP_NONE = 0; // lower-case or no letters at the start
export const CAP_TITLE = 1; // "Baghdad"
export const CAP_ALL = 2; // "NATO", "BAGHDAD"
export const CAP_MIXED = 3; // "McDonald", "iPhone"
export const CAP_DIGIT = 4;
export const CAP_PUNCT = 5;
