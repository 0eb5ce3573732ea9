import { ErrorBox, Loading } from '../components/ui';
import type { Resource } from '../lib/use-resource';
import { errorText } from '../messages';
import { thresholdNote } from './flag-thresholds';
import { type JudgingTarget, useJudgingLabels } from './judging-labels';
import { useCT } from './messages';
import type { RoundFlag } from '../api/types';

/** The round's integrity flags: evidence per attempt, with a disqualify button. */
export function FlagsPanel({
  flags,
  out,
  locked,
  onDisqualify,
}: {
  flags: Resource<RoundFlag[]>;
  /** Attempts already disqualified. */
  out: ReadonlySet<string>;
  locked: boolean;
  onDisqualify: (target: JudgingTarget) => void;
}) {
  const ct = useCT();
  const labels = useJudgingLabels();
  return (
    <section className="panel" aria-labelledby="flags-title">
      <h2 id="flags-title">{ct('judge.flagsTitle')}</h2>
      <p className="muted">{ct('judge.flagsHelp')}</p>
      {flags.loading && <Loading />}
      {flags.error !== null && <ErrorBox onRetry={flags.reload}>{errorText(flags.error)}</ErrorBox>}
      {flags.data?.length === 0 && <p>{ct('judge.noFlags')}</p>}
      <ul className="cards">
        {flags.data?.map((f) => (
          <li key={f.attemptId} className="card">
            <p>
              <strong>{f.fullName}</strong>{' '}
              {f.kinds.map((k) => (
                <span className="flag" key={k}>
                  {labels.flag(k)}
                </span>
              ))}
            </p>
            <ul>
              {(f.details ?? f.detail.split('\n')).filter(Boolean).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <ul className="muted" data-testid="flag-thresholds">
              {f.kinds.map((k) => {
                const note = thresholdNote(k, f.thresholds);
                return note ? <li key={k}>{ct(note.key, note.params)}</li> : null;
              })}
            </ul>
            {out.has(f.attemptId) ? (
              <p className="warn-text">{ct('judge.out')}</p>
            ) : (
              <button
                type="button"
                className="btn btn--small"
                disabled={locked}
                onClick={() => onDisqualify({ attemptId: f.attemptId, fullName: f.fullName })}
              >
                {ct('judge.disqualify')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
