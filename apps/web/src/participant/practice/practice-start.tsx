import { useState } from 'react';
import { ErrorBox } from '../../components/ui';
import { api } from '../../lib/api';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { deviceId } from '../../lib/storage';
import type { Attempt, Contest } from '../../api/types';
import { errorText } from '../../messages';
import { rememberAttempt } from '../quiz/attempt-store';
import { usePracticeT } from './messages';
import { endpoints } from '../../api/endpoints';

/** The contest page's "Thi thử" section: shown only when the contest offers practice. */
export function PracticeSection({ contest }: { contest: Contest }) {
  const pt = usePracticeT();
  const { user, status } = useSession();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!contest.practice?.enabled) return null;

  const start = async () => {
    if (!user) {
      navigate(`/dang-nhap?next=${encodeURIComponent(`/cuoc-thi/${contest.slug}`)}`);
      return;
    }
    setStarting(true);
    setError(null);
    try {
      const attempt = await api<Attempt>(endpoints.practice(contest.id), {
        method: 'POST',
        headers: { 'X-Device-Id': deviceId() },
      });
      rememberAttempt(attempt);
      navigate(`/luot-thi/${attempt.id}`);
    } catch (err) {
      setError(err);
      setStarting(false);
    }
  };

  return (
    <section aria-labelledby="practice-title" data-testid="practice-section">
      <h2 id="practice-title">{pt('practice.title')}</h2>
      <p className="muted">
        {contest.practice.reveal === 'end' ? pt('practice.introEnd') : pt('practice.intro')}
      </p>
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      <button
        type="button"
        className="btn btn--accent btn--block"
        disabled={starting || status === 'loading'}
        onClick={() => void start()}
      >
        {starting
          ? pt('practice.starting')
          : user
            ? pt('practice.start')
            : pt('practice.loginToStart')}
      </button>
    </section>
  );
}
