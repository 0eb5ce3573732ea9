import { boardRoom, parseBoardRoom } from './board-room';

const r = '6f1c1a52-1d8e-4a63-9b0e-0b0c2f6a0001';
const u = '6f1c1a52-1d8e-4a63-9b0e-0b0c2f6a0002';

describe('board rooms', () => {
  it('names a room per round, per unit and per view, and reads the name back', () => {
    const keys = [
      { roundId: r, unitId: null, view: 'public' as const },
      { roundId: r, unitId: u, view: 'public' as const },
      { roundId: r, unitId: null, view: 'live' as const },
      { roundId: r, unitId: u, view: 'live' as const },
    ];
    expect(keys.map(boardRoom)).toEqual([
      `round:${r}`,
      `round:${r}:unit:${u}`,
      `round:${r}:live`,
      `round:${r}:unit:${u}:live`,
    ]);
    for (const key of keys) expect(parseBoardRoom(boardRoom(key))).toEqual(key);
  });

  it('ignores rooms that are not boards', () => {
    for (const room of [
      'abc123',
      `round:${r}:x`,
      'round:nope',
      `round:${r}:unit:bad`,
      `round:${r}:live:x`,
    ]) {
      expect(parseBoardRoom(room)).toBeNull();
    }
  });
});
