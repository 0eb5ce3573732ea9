import { isUuid } from '@app/core';

/**
 * `public`: what participants and the public see (frozen during the freeze); `live`: what the
 * contest's staff see (never frozen).
 */
export type BoardView = 'public' | 'live';

export interface BoardKey {
  roundId: string;
  unitId: string | null;
  view: BoardView;
}

/**
 * socket.io room of a board: `round:<roundId>` and `round:<roundId>:unit:<unitId>`, with `:live`
 * appended for the staff's view. Pure.
 */
export function boardRoom(key: BoardKey): string {
  const unit = key.unitId ? `:unit:${key.unitId}` : '';
  return `round:${key.roundId}${unit}${key.view === 'live' ? ':live' : ''}`;
}

/** The board of a room name, or null for any other room (a socket's own room, …). */
export function parseBoardRoom(room: string): BoardKey | null {
  const parts = room.split(':');
  if (parts[0] !== 'round' || !isUuid(parts[1])) return null;
  let i = 2;
  let unitId: string | null = null;
  if (parts[i] === 'unit') {
    if (!isUuid(parts[i + 1])) return null;
    unitId = parts[i + 1];
    i += 2;
  }
  let view: BoardView = 'public';
  if (parts[i] === 'live') {
    view = 'live';
    i++;
  }
  if (i !== parts.length) return null;
  return { roundId: parts[1], unitId, view };
}
