import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/server/analytics/csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses text that a spreadsheet would run', () => {
    const csv = toCsv([{ query: 'a,b', n: 1 }, { query: 'say "hi"\nbye', n: 2 }, { query: '=HYPERLINK("x")', n: 3 }, { query: '-1+1', n: 4 }]);
    expect(csv.split('\r\n')).toEqual(['query,n', '"a,b",1', '"say ""hi""\nbye",2', `"'=HYPERLINK(""x"")",3`, "'-1+1,4", '']);
  });
});
