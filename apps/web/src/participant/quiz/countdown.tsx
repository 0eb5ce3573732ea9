import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '../../lib/format';
import { useT } from '../../messages';

export interface CountdownProps {
  /** `deadlineAt` of the attempt (ISO, UTC). */
  deadlineAt: string;
  /** serverNow − local time when the attempt was received. */
  offsetMs: number;
  /** Called once when the time is up. */
  onExpire?: () => void;
  /** Below this many seconds the countdown turns red and is announced. */
  warnBelowSec?: number;
  now?: () => number;
}

/**
 * "Thời gian còn lại 12:34": the server's deadline minus the server's time, as estimated from
 * the offset measured at receipt; never from the phone's clock alone.
 */
export function Countdown({
  deadlineAt,
  offsetMs,
  onExpire,
  warnBelowSec = 60,
  now = Date.now,
}: CountdownProps) {
  const t = useT();
  const deadline = Date.parse(deadlineAt);
  const compute = () => Math.max(0, deadline - (now() + offsetMs));
  const [left, setLeft] = useState(compute);
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  useEffect(() => {
    expired.current = false;
    const tick = () => {
      const ms = Math.max(0, deadline - (now() + offsetMs));
      setLeft(ms);
      if (ms === 0 && !expired.current) {
        expired.current = true;
        onExpireRef.current?.();
      }
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [deadline, offsetMs, now]);

  const seconds = Math.ceil(left / 1000);
  const warn = seconds <= warnBelowSec;
  // Screen readers hear the time at each full minute and in the last ten seconds, not every tick.
  const announce = seconds === 0 || (seconds <= 10 ? true : seconds % 60 === 0);
  const text = formatDuration(seconds * 1000);
  return (
    <div
      className={`countdown${warn ? ' countdown--warn' : ''}${seconds === 0 ? ' countdown--over' : ''}`}
      role="timer"
      aria-label={t('quiz.timeLeft')}
    >
      <span className="countdown__label">{t('quiz.timeLeft')}</span>
      <span className="countdown__value" data-testid="countdown">
        {seconds === 0 ? t('quiz.timeUp') : text}
      </span>
      <span className="sr-only" aria-live="polite">
        {announce ? (seconds === 0 ? t('quiz.timeUp') : text) : ''}
      </span>
    </div>
  );
}
