// Character tests the entity rules share (ASCII only: digits and lower-case letters of scores and codes).

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
