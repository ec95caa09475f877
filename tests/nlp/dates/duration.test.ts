import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('durations', () => {
  it('counts units', () => {
    expect(one('The camp was under U.S. protection for five years.')).toEqual(['five years', 'duration', 'P5Y']);
    expect(one('The talks lasted 24 hours.')).toEqual(['24 hours', 'duration', 'PT24H']);
    expect(one('He waited three days.')).toEqual(['three days', 'duration', 'P3D']);
  });

  it('reads hyphenated adjectives', () => {
    expect(one('the eight-year war with Iran')).toEqual(['eight-year', 'duration', 'P8Y']);
    expect(one('a 10-year plan')).toEqual(['10-year', 'duration', 'P10Y']);
  });

  it('takes the determiner and the lead word in', () => {
    expect(one('Sales rose in the past two months.')).toEqual(['the past two months', 'duration', 'P2M']);
    expect(one('Profit rose in the first nine months.')).toEqual(['the first nine months', 'duration', 'P9M']);
  });

  it('reads fractions and vague amounts', () => {
    expect(one('He served 2 1/2 years.')).toEqual(['2 1/2 years', 'duration', 'P2Y6M']);
    expect(one('It took a minute and a half.')).toEqual(['a minute and a half', 'duration', 'PT1M30S']);
    expect(one('It took several years.')).toEqual(['several years', 'duration', 'PXY']);
    expect(one('They have fought for years.')).toEqual(['years', 'duration', 'PXY']);
  });

  it('reads "N units later" as a duration without "later" (it counts from an event, not the reference)', () => {
    expect(one('The plant closed. Three days later, it reopened.')).toEqual(['Three days', 'duration', 'P3D']);
    expect(one('He was declared dead just over an hour later.')).toEqual(['over an hour', 'duration', 'PT1H']);
    expect(one('A few days later, the board met.')).toEqual(['A few days', 'duration', 'PXD']);
  });

  it('keeps "ago" and "from now" dates counted from the reference', () => {
    expect(one('The plant closed three days ago.')).toEqual(['three days ago', 'date', '2013-03-19']);
    expect(one('The plant reopens three days from now.')).toEqual(['three days from now', 'date', '2013-03-25']);
  });

  it('reads "the (fiscal) year ended/ending DATE" as a year-long duration, whatever the preposition', () => {
    expect(tag('Profit rose in the year ended March 31.')[0]).toEqual(['the year', 'duration', 'P1Y']);
    expect(tag('In the fiscal year ending June 30, sales fell.')[0]).toEqual(['the fiscal year', 'duration', 'P1Y']);
  });

  it('reads "the week/month ended DATE" the same way', () => {
    expect(tag('Jobless claims fell in the week ended March 16.')[0]).toEqual(['the week', 'duration', 'P1W']);
    expect(tag('Sales rose in the month ending Feb. 28.')[0]).toEqual(['the month', 'duration', 'P1M']);
  });

  it('keeps "the year" and "the latest year ended" dates otherwise', () => {
    expect(one('Sales fell in the year.')).toEqual(['the year', 'date', '2013']);
    expect(tag('Sales fell in the latest fiscal year ended March 31.')[0]).toEqual(['the latest fiscal year', 'date', '2012']);
  });

  it('takes "a" into "a few seconds" but not into "a second term"', () => {
    expect(one('It lasted a few seconds.')).toEqual(['a few seconds', 'duration', 'PTXS']);
    expect(tag('He won a second term.')).toEqual([]);
  });

  it('takes amount modifiers in', () => {
    expect(one('The meeting lasted more than four hours.')).toEqual(['more than four hours', 'duration', 'PT4H']);
    expect(one('It lasted nearly two years.')).toEqual(['nearly two years', 'duration', 'P2Y']);
  });

  it('leaves ages out', () => {
    expect(tag('the 6-year-old boy')).toEqual([]);
    expect(tag('He is 52 years old.')).toEqual([]);
  });
});
