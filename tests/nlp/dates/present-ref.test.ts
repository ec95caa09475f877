import { describe, expect, it } from 'vitest';
import { one } from './tag.js';

describe('present, past and future references', () => {
  it('reads now, currently and recently', () => {
    expect(one('He is now in Baghdad.')).toEqual(['now', 'date', 'PRESENT_REF']);
    expect(one('He currently lives in Baghdad.')).toEqual(['currently', 'date', 'PRESENT_REF']);
    expect(one('He recently moved to Baghdad.')).toEqual(['recently', 'date', 'PAST_REF']);
  });

  it('reads the past and the future', () => {
    expect(one('That is a thing of the past.')).toEqual(['the past', 'date', 'PAST_REF']);
    expect(one('We will see in the near future.')).toEqual(['the near future', 'date', 'FUTURE_REF']);
  });

  it('leaves "the past" to a longer expression', () => {
    expect(one('Sales rose over the past two years.')).toEqual(['the past two years', 'duration', 'P2Y']);
  });
});
