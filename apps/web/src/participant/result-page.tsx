import { useEffect, useState } from 'react';
import { ErrorBox, Loading, Notice } from '../components/ui';
import { api } from '../lib/api';
import { formatDateTime, formatDuration, formatNumber } from '../lib/format';
import { Link } from '../lib/router';
import { deviceId } from '../lib/storage';
import type { Attempt, MyRank, ReceiptCheck } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText, useT } from '../messages';
import { MyResultShare } from '../sharing/my-result-share';
import { savedReceipt } from './quiz/attempt-store';
import { PracticeResult } from './practice/practice-result';
import { endpoints } from '../api/endpoints';

function useMyRank(roundId: string | undefined) {
  const [rank, setRank] = useState<MyRank | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!roundId) return;
    let alive = true;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The board is updated right after a submission; ask again briefly if the rank is not in yet.
    const ask = () => {
      tries += 1;
      api<MyRank>(endpoints.myRank(roundId)).then(
        (r) => {
          if (!alive) return;
          setRank(r);
          if (r.rank == null && tries < 5) timer = setTimeout(ask, 2000);
        },
        () => {
          if (!alive) return;
          if (tries < 3) timer = setTimeout(ask, 2000);
          else setFailed(true);
        },
      );
    };
    ask();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [roundId]);
  return { rank, failed };
}

export function ResultPage({ attemptId }: { attemptId: string }) {
  const t = useT();
  const attempt = useResource(
    () => api<Attempt>(endpoints.attempt(attemptId), { headers: { 'X-Device-Id': deviceId() } }),
    [attemptId],
  );
  const submitted = attempt.data?.status === 'submitted';
  const { rank } = useMyRank(submitted ? attempt.data?.roundId : undefined);
  const [copied, setCopied] = useState(false);
  const [verdict, setVerdict] = useState<{ valid: boolean; savedAt?: string } | null>(null);

  if (attempt.loading) return <Loading />;
  if (attempt.error !== null || !attempt.data) {
    return (
      <div className="page">
        <ErrorBox onRetry={attempt.reload}>{errorText(attempt.error)}</ErrorBox>
      </div>
    );
  }
  const a = attempt.data;
  if (a.status !== 'submitted' || !a.result) {
    return (
      <div className="page">
        <Notice kind="warn">{t('result.notSubmitted')}</Notice>
        <Link className="btn btn--primary btn--block" to={`/luot-thi/${a.id}`}>
          {t('result.continue')}
        </Link>
      </div>
    );
  }
  if (a.practice) return <PracticeResult attempt={a} />;
  const r = a.result;
  const receipt = savedReceipt(a.id) ?? a.receipt ?? null;

  const copy = async () => {
    if (!receipt) return;
    try {
      await navigator.clipboard.writeText(receipt);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const verify = async () => {
    if (!receipt) return;
    try {
      setVerdict(
        await api<ReceiptCheck>(endpoints.verifyReceipt, {
          method: 'POST',
          body: { receipt },
        }),
      );
    } catch {
      setVerdict({ valid: false });
    }
  };

  return (
    <div className="page">
      <h1>{t('result.title')}</h1>
      <dl className="result" data-testid="result">
        <div className="result__item result__item--big">
          <dt>{t('result.score')}</dt>
          <dd data-testid="result-score">
            {formatNumber(r.score)}/{formatNumber(r.maxScore)}
          </dd>
        </div>
        <div className="result__item result__item--big">
          <dt>{t('result.correct')}</dt>
          <dd data-testid="result-correct">
            {r.correctCount}/{r.questionCount}
          </dd>
        </div>
        <div className="result__item">
          <dt>{t('result.time')}</dt>
          <dd data-testid="result-time">{formatDuration(r.durationMs)}</dd>
        </div>
        <div className="result__item">
          <dt>{t('result.rank')}</dt>
          <dd data-testid="result-rank">
            {rank?.rank != null ? formatNumber(rank.rank) : t('result.rankPending')}
          </dd>
        </div>
        <div className="result__item">
          <dt>{t('result.submittedAt')}</dt>
          <dd>{formatDateTime(r.submittedAt)}</dd>
        </div>
        {r.prediction != null && (
          <div className="result__item">
            <dt>{t('result.prediction')}</dt>
            <dd>{formatNumber(r.prediction)}</dd>
          </div>
        )}
      </dl>
      {r.autoSubmitted && <Notice>{t('result.auto')}</Notice>}
      {(r.pendingEssays ?? 0) > 0 && (
        <Notice>{t('result.pendingEssays', { n: r.pendingEssays ?? 0 })}</Notice>
      )}

      {receipt && (
        <section className="receipt" aria-labelledby="receipt-title">
          <h2 id="receipt-title">{t('result.receipt')}</h2>
          <p className="muted">{t('result.receiptHint')}</p>
          <textarea
            className="input receipt__code"
            readOnly
            rows={3}
            value={receipt}
            aria-labelledby="receipt-title"
            data-testid="receipt"
          />
          <div className="row">
            <button type="button" className="btn btn--small" onClick={() => void copy()}>
              {copied ? t('common.copied') : t('common.copy')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => void verify()}>
              {t('result.verify')}
            </button>
          </div>
          {verdict && (
            <p role="status" className={verdict.valid ? 'ok-text' : 'warn-text'}>
              {verdict.valid
                ? t('result.valid', {
                    time: verdict.savedAt ? formatDateTime(verdict.savedAt) : '',
                  })
                : t('result.invalid')}
            </p>
          )}
        </section>
      )}

      <MyResultShare attemptId={a.id} contestId={a.contestId} />

      <div className="stack">
        <Link className="btn btn--primary btn--block" to={`/bang-xep-hang/${a.roundId}`}>
          {t('result.board')}
        </Link>
        {a.contestId && (
          <Link className="btn btn--block" to={`/cuoc-thi/${a.contestId}`}>
            {t('result.again')}
          </Link>
        )}
        <Link className="btn btn--block" to="/lich-su">
          {t('result.history')}
        </Link>
      </div>
    </div>
  );
}
