import { neutralizeCell } from './neutralize-cell';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+84912345678', "'+84912345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes a quote to %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it.each([
    'Nguyễn Văn An',
    'CĐCS Công ty May 10',
    '',
    ' =not first',
    "'already quoted",
    '1+1',
    'a=b',
  ])('leaves %j unchanged', (input) => {
    expect(neutralizeCell(input)).toBe(input);
  });
});
