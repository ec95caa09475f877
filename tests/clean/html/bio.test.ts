import { describe, expect, it } from 'vitest';
import { isAuthorBio } from '../../../src/clean/html/bio.js';

describe('isAuthorBio', () => {
  it('knows a writer bio by a name, a verb and what the person writes', () => {
    expect(isAuthorBio('Ana Lima is a freelance writer based in Lisbon who covers ports and shipping.')).toBe(true);
    expect(isAuthorBio('Dr. Jo Park has 20 years of experience in maritime law.')).toBe(true);
    expect(isAuthorBio('About the author: Ana Lima is a reporter for the Harbour News.')).toBe(true);
  });

  it('does not take a line about a chef, a company or the article for a bio', () => {
    expect(isAuthorBio('Hugo Ortega is back at it with the opening of his newest restaurant downtown.')).toBe(false);
    expect(isAuthorBio('The American Dental Association is an independent organization.')).toBe(false);
    expect(isAuthorBio('The harbour crews cleared the berths and checked every crane before ships returned.')).toBe(false);
    expect(isAuthorBio(`Ana Lima is a writer. ${'She kept sailing along the coast for many years. '.repeat(20)}`)).toBe(false);
  });
});
