import { describe, expect, it } from 'vitest';
import { one, tag } from './tag.js';

describe('quoted titles', () => {
  it('drops a date that is part of a programme or film title in quotation marks', () => {
    expect(tag('The senator, speaking on the network\'s "This Week," said the plan had failed.')).toEqual([]);
    expect(tag("He told CBS's ''60 Minutes.'' that he would stay.")).toEqual([]);
    expect(tag('She watched the western ``High Noon.\'\' again last night.')).toEqual([['last night', 'time', '2013-03-21TNI']]);
    expect(tag('The minister said on "This Week With Jane Smith" that talks had stalled.')).toEqual([]);
  });

  it('keeps a quoted date that is speech, not a title', () => {
    expect(one('"Last Tuesday," he said, was the worst day.')).toEqual(['Last Tuesday', 'date', '2013-03-19']);
    expect(one('"Tomorrow," she said.')).toEqual(['Tomorrow', 'date', '2013-03-23']);
    expect(one("It was false.'' White House on Thursday ``We disagree.''")).toEqual(['Thursday', 'date', '2013-03-21']);
  });
});
