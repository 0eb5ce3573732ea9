import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './countdown';
import { remainingMs, serverClock } from './server-clock';

const SERVER_NOW = Date.parse('2026-07-28T13:00:00.000Z');

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts down to the server deadline even when the phone clock is ten minutes slow', () => {
    // The phone thinks it is 12:50 while the server says 13:00; the deadline is 13:05.
    vi.setSystemTime(SERVER_NOW - 10 * 60_000);
    const clock = serverClock(new Date(SERVER_NOW).toISOString());
    render(
      <Countdown
        deadlineAt={new Date(SERVER_NOW + 5 * 60_000).toISOString()}
        offsetMs={clock.offsetMs}
      />,
    );
    expect(screen.getByTestId('countdown').textContent).toBe('05:00');
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByTestId('countdown').textContent).toBe('03:59');
  });

  it('counts down to the server deadline when the phone clock is fast', () => {
    vi.setSystemTime(SERVER_NOW + 3 * 3600_000);
    const offset = serverClock(new Date(SERVER_NOW).toISOString()).offsetMs;
    render(
      <Countdown deadlineAt={new Date(SERVER_NOW + 90_000).toISOString()} offsetMs={offset} />,
    );
    expect(screen.getByTestId('countdown').textContent).toBe('01:30');
  });

  it('calls onExpire exactly once when it reaches zero and says the time is up', () => {
    vi.setSystemTime(SERVER_NOW);
    const onExpire = vi.fn();
    render(
      <Countdown
        deadlineAt={new Date(SERVER_NOW + 3000).toISOString()}
        offsetMs={0}
        onExpire={onExpire}
      />,
    );
    expect(onExpire).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(2500);
    });
    expect(onExpire).not.toHaveBeenCalled();
    expect(screen.getByTestId('countdown').textContent).toBe('00:01');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('countdown').textContent).toBe('Hết giờ');
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('expires at once when the deadline has already passed (resume after the end)', () => {
    vi.setSystemTime(SERVER_NOW);
    const onExpire = vi.fn();
    render(
      <Countdown
        deadlineAt={new Date(SERVER_NOW - 1000).toISOString()}
        offsetMs={0}
        onExpire={onExpire}
      />,
    );
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('turns to warning style in the last minute', () => {
    vi.setSystemTime(SERVER_NOW);
    render(<Countdown deadlineAt={new Date(SERVER_NOW + 61_000).toISOString()} offsetMs={0} />);
    const timer = screen.getByRole('timer');
    expect(timer.className).not.toContain('countdown--warn');
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(timer.className).toContain('countdown--warn');
  });
});

describe('serverClock', () => {
  it('derives the offset from serverNow and the local time at receipt', () => {
    const clock = serverClock('2026-07-28T13:00:00.000Z', SERVER_NOW - 5000, () => SERVER_NOW);
    expect(clock.offsetMs).toBe(5000);
    expect(clock.now()).toBe(SERVER_NOW + 5000);
    expect(remainingMs(new Date(SERVER_NOW + 65_000).toISOString(), clock)).toBe(60_000);
    expect(remainingMs(new Date(SERVER_NOW).toISOString(), clock)).toBe(0);
  });
});
