import { detectSecondDevice } from './second-device';
import { formatVietnamTime } from './format';
import { attempt, minutes } from './fixtures-for-spec';

describe('second_device', () => {
  const at = (m: number) => minutes(m);

  it('writes times in Vietnam time', () => {
    expect(formatVietnamTime(new Date('2025-07-28T17:05:00Z'))).toBe('00:05 29/07/2025');
  });

  it('flags an attempt moved to another device, with the number of moves and devices', () => {
    const flags = detectSecondDevice([
      attempt('moved', {
        deviceMoves: [
          { at: at(12), fromDeviceId: 'phone-b', toDeviceId: 'phone-a' },
          { at: at(5), fromDeviceId: 'phone-a', toDeviceId: 'phone-b' },
        ],
      }),
      attempt('still', { deviceMoves: [] }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'second_device',
      attemptIds: ['moved'],
      evidence: { moves: 2, devices: 2 },
    });
    // T0 is 13:00 UTC = 20:00 in Vietnam; moves at +5 and +12 minutes, listed in time order.
    expect(flags[0].detail).toContain('2 lần');
    expect(flags[0].detail).toContain('lúc 20:05 28/07/2025, 20:12 28/07/2025');
    expect(flags[0].detail).toContain('cần đối chiếu');
  });

  it('does not count binding an attempt that had no device yet', () => {
    expect(
      detectSecondDevice([
        attempt('legacy', { deviceMoves: [{ at: at(1), fromDeviceId: null, toDeviceId: 'x' }] }),
      ]),
    ).toEqual([]);
  });
});
