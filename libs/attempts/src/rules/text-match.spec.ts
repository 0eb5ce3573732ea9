import { matchesAcceptedAnswer } from './text-match';

const exact = { toneInsensitive: false };
const loose = { toneInsensitive: true };

describe('matchesAcceptedAnswer', () => {
  const accepted = ['Tôn Đức Thắng', 'Bác Tôn'];

  it('accepts any of the accepted answers whatever the case and spacing', () => {
    expect(matchesAcceptedAnswer('  tôn  đức THẮNG ', accepted, exact)).toBe(true);
    expect(matchesAcceptedAnswer('bác tôn', accepted, exact)).toBe(true);
  });

  it('rejects an answer typed without tones when the bank is tone-sensitive', () => {
    expect(matchesAcceptedAnswer('ton duc thang', accepted, exact)).toBe(false);
  });

  it('accepts an answer typed without tones when the bank is tone-insensitive', () => {
    expect(matchesAcceptedAnswer('ton duc thang', accepted, loose)).toBe(true);
  });

  it('treats old and new tone placement, NBSP and zero-width characters alike', () => {
    expect(matchesAcceptedAnswer('hoà\u00a0bình\u200b', ['Hòa bình'], exact)).toBe(true);
    expect(matchesAcceptedAnswer('Thắng'.normalize('NFD'), ['thắng'], exact)).toBe(true);
  });

  it('rejects a different answer', () => {
    expect(matchesAcceptedAnswer('Hồ Chí Minh', accepted, loose)).toBe(false);
  });

  it('never accepts a blank answer, even against a blank accepted answer', () => {
    expect(matchesAcceptedAnswer('   ', ['', ' '], loose)).toBe(false);
  });
});
