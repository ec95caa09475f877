import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

// Reference: Friday 22 March 2013. Tuesday before it is the 19th, after it the 26th.
describe('news tense around a date', () => {
  it('does not read "next to" (a place) as the future', () => {
    expect(one('A bomb went off next to the embassy on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });

  it('still reads "next" on its own as the future', () => {
    expect(one('Next, the board meets on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
  });

  it('reads "would" (the future of reported speech) as the future', () => {
    expect(one('He said the plant would close on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
  });

  it('lets a nearer past verb win over "would"', () => {
    expect(one('He said on Tuesday that it would help.')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });

  it('reads "effective" before a date as a change to come, unless a past verb comes first', () => {
    expect(one('The board approved a new rate, effective Aug. 1.')).toEqual(['Aug. 1', 'date', '2013-08-01']);
    expect(one('The new rate became effective Aug. 1.')).toEqual(['Aug. 1', 'date', '2012-08-01']);
  });

  it('reads arrangements ("set to", "set for", "is to", "due", "plan to") as the future', () => {
    expect(one('Peace talks were suspended and are set to resume Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The vote is set for Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The chief executive is to testify Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The report is due Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('Officials said they did not plan to act on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
  });

  it('reads "is to be" as the future but not the noun "set"', () => {
    expect(one('The ceremony is to be held Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The set was built and shown on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });

  it('reads a plan overtaken ("had been due", "had been scheduled") as the past', () => {
    expect(one('The offer had been due to expire Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-19']);
    expect(one('The vote had been scheduled for Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });

  it('does not let a "said" beyond the closing quotation mark decide the tense inside it', () => {
    expect(one("''He will leave at dawn (6 a.m. Tuesday),'' the minister said.")).toEqual(['6 a.m. Tuesday', 'time', '2013-03-26T06:00']);
    expect(one('"We will, after all the talk and all the delay, vote Tuesday," she said.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('She said Tuesday, "We will see."')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });

  it('reads "plan" as the future only before "to", not the noun', () => {
    expect(one('The court voted in February to stall the funding plan.')).toEqual(['February', 'date', '2013-02']);
  });

  it('does not take the name Will before a past verb for "will"', () => {
    expect(one('Columnist Will had praise for the Nov. 14 speech.')).toEqual(['Nov. 14', 'date', '2012-11-14']);
  });

  it('does not stop at an opening quotation mark or at scare quotes', () => {
    expect(tag('Up to the vote on Tuesday and the "key" test that will decide it.')).toEqual([['Tuesday', 'date', '2013-03-26']]);
  });

  it('reads "since" before a date as the past', () => {
    expect(one('The carrier, on patrol since April and was due home soon.')).toEqual(['April', 'date', '2012-04']);
    expect(one('She will speak after the run of good news since the Oct. 13 debate.')).toEqual(['Oct. 13', 'date', '2012-10-13']);
  });

  it('reads "were planning" as the plan\'s future, not the auxiliary\'s past', () => {
    expect(one('Exiles called a march on Tuesday and were planning to drive to the port.')).toEqual(['Tuesday', 'date', '2013-03-26']);
  });

  it('reads present-tense timetable verbs ("starts", "meets", "expires") as the future', () => {
    expect(one('The trial starts Tuesday in Boston.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The president meets the premier on Tuesday.')).toEqual(['Tuesday', 'date', '2013-03-26']);
    expect(one('The deal reached on Tuesday still leaves gaps.')).toEqual(['Tuesday', 'date', '2013-03-19']);
  });
});
