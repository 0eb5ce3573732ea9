import { boardSource, freezePoint, isPublicBoardFrozen } from './freeze';

const closesAt = new Date('2026-03-01T14:00:00Z');
const before = new Date('2026-03-01T13:29:59.999Z');
const during = new Date('2026-03-01T13:30:00Z');

describe('freeze', () => {
  it('has no freeze moment when the contest does not freeze', () => {
    const settings = { freezeMinutesBeforeClose: 0, closesAt, finalizedAt: null };
    expect(freezePoint(settings)).toBeNull();
    expect(isPublicBoardFrozen(settings, closesAt)).toBe(false);
    expect(boardSource('public', settings, closesAt)).toBe('live');
  });

  it('freezes the public board from closesAt minus the freeze, after the close too', () => {
    const settings = { freezeMinutesBeforeClose: 30, closesAt, finalizedAt: null };
    expect(freezePoint(settings)).toEqual(new Date('2026-03-01T13:30:00Z'));
    expect(isPublicBoardFrozen(settings, before)).toBe(false);
    expect(isPublicBoardFrozen(settings, during)).toBe(true);
    expect(isPublicBoardFrozen(settings, new Date('2026-03-09T00:00:00Z'))).toBe(true);
    expect(boardSource('public', settings, before)).toBe('live');
    expect(boardSource('public', settings, during)).toBe('frozen');
  });

  it('never freezes the staff board', () => {
    const settings = { freezeMinutesBeforeClose: 30, closesAt, finalizedAt: null };
    expect(boardSource('live', settings, during)).toBe('live');
  });

  it('shows the final results to everybody once they are finalized', () => {
    const settings = {
      freezeMinutesBeforeClose: 30,
      closesAt,
      finalizedAt: new Date('2026-03-02T00:00:00Z'),
    };
    expect(isPublicBoardFrozen(settings, new Date('2026-03-02T00:00:01Z'))).toBe(false);
    expect(boardSource('public', settings, during)).toBe('final');
    expect(boardSource('live', settings, during)).toBe('final');
  });
});
