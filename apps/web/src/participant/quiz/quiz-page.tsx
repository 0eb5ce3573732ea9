import { ErrorBox, Field, Loading, Modal, Notice } from '../../components/ui';
import { ApiError, NetworkError } from '../../lib/api';
import { Link } from '../../lib/router';
import type { AnswerValue, AttemptQuestion } from '../../api/types';
import { errorText, useT } from '../../messages';
import { usePracticeT } from '../practice/messages';
import { PracticeFeedbackBox } from '../practice/practice-feedback';
import { AnswerGrid } from './answer-grid';
import { Countdown } from './countdown';
import { QuestionView } from './question-view';
import { quizView, validPrediction } from './quiz-state';
import { useQuiz } from './use-quiz';

/** The quiz screen: state in `quiz-state.ts`, effects in `use-quiz.ts`, the view here. */
export function QuizPage({ attemptId }: { attemptId: string }) {
  const t = useT();
  const pt = usePracticeT();
  const quiz = useQuiz(attemptId);
  const { state, snapshot, offline, dispatch } = quiz;
  const {
    data,
    loadError,
    answers,
    prediction,
    predictionError,
    showGrid,
    confirming,
    phase,
    submitError,
    reconnected,
    fromCache,
    moving,
  } = state;

  if (!data) {
    if (loadError !== null) {
      const needsLogin = loadError instanceof ApiError && loadError.status === 401;
      return (
        <div className="page">
          <ErrorBox onRetry={needsLogin ? undefined : () => void quiz.load(true)}>
            {errorText(loadError)}
          </ErrorBox>
          {needsLogin && (
            <Link
              className="btn btn--primary btn--block"
              to={`/dang-nhap?next=${encodeURIComponent(`/luot-thi/${attemptId}`)}`}
            >
              {t('nav.login')}
            </Link>
          )}
        </div>
      );
    }
    return <Loading />;
  }

  const attempt = data.attempt;
  const {
    questions,
    hasPrediction,
    listMode,
    lastIndex,
    current,
    blockedHere,
    locked,
    states,
    answeredCount,
    unsavedCount,
  } = quizView(state, attempt, snapshot);

  const choose = (q: AttemptQuestion, value: AnswerValue) => quiz.choose(q, value, locked);

  const jump = (index: number) => {
    dispatch({ type: 'jumped', index, listMode });
    if (listMode) {
      const el = document.getElementById(`q-${index}`);
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
    }
  };
  const openConfirm = quiz.openConfirm;
  const closeConfirm = () => dispatch({ type: 'confirmClosed' });

  const predictionField = (
    <Field
      label={t('quiz.predictionLabel')}
      error={predictionError && !validPrediction(prediction) ? t('quiz.predictionInvalid') : null}
    >
      {(p) => (
        <input
          {...p}
          className="input input--big"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          value={prediction}
          disabled={locked}
          onChange={(e) => {
            const v = e.target.value.replace(/[^\d]/g, '').slice(0, 9);
            quiz.typePrediction(v);
          }}
        />
      )}
    </Field>
  );

  const predictionCard = hasPrediction && (
    <section
      className="question question--prediction"
      id={`q-${questions.length}`}
      tabIndex={-1}
      aria-labelledby="prediction-title"
    >
      <header className="question__head">
        <span className="question__number">{t('quiz.prediction')}</span>
        {validPrediction(prediction) && (
          <span className="save-state save-state--saved">{t('grid.answered')}</span>
        )}
      </header>
      <h2 className="question__prompt" id="prediction-title">
        {attempt.prediction.prompt || t('quiz.predictionDefault')}
      </h2>
      {predictionField}
    </section>
  );

  // Practice: a one-choice question shows its right answer as soon as it is saved; several
  // choices or a typed answer once the person asks. The question is then closed.
  const feedbackOf = (q: AttemptQuestion) => (attempt.practice ? quiz.feedback[q.id] : undefined);
  const shown = (q: AttemptQuestion) =>
    !!feedbackOf(q) && (quiz.revealed.has(q.id) || q.type === 'single' || q.type === 'true_false');

  const view = (q: AttemptQuestion, i: number) => {
    const feedback = feedbackOf(q);
    return (
      <>
        <QuestionView
          question={q}
          index={i}
          total={questions.length}
          answer={answers[q.id]}
          saveState={states[i]}
          disabled={locked || shown(q)}
          onChange={(value) => (shown(q) ? undefined : choose(q, value))}
          onTextBlur={() => quiz.commitText(q.id)}
        />
        {feedback && shown(q) && <PracticeFeedbackBox question={q} feedback={feedback} />}
        {feedback && !shown(q) && !locked && (
          <button type="button" className="btn btn--small" onClick={() => quiz.reveal(q.id)}>
            {pt('practice.check')}
          </button>
        )}
      </>
    );
  };

  return (
    <div className="quiz">
      <div className="quiz__bar">
        <Countdown
          deadlineAt={attempt.deadlineAt}
          offsetMs={data.offsetMs}
          onExpire={() => void quiz.submit(true)}
        />
        <button
          type="button"
          className="btn btn--small"
          aria-expanded={showGrid}
          aria-label={`${t('quiz.grid')} — ${t('grid.summary', { answered: answeredCount, total: questions.length })}`}
          onClick={() => dispatch({ type: 'gridToggled' })}
        >
          {t('quiz.gridShort')}
          <span className="quiz__progress">
            {answeredCount}/{questions.length}
          </span>
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={locked}
          onClick={openConfirm}
        >
          {t('quiz.submit')}
        </button>
      </div>

      <div className="quiz__status" aria-live="assertive">
        {offline && (
          <p className="banner banner--offline" role="alert" data-testid="offline-banner">
            {t('quiz.offline')}
          </p>
        )}
        {!offline && reconnected && (
          <p className="banner banner--online" role="status" data-testid="online-banner">
            {t('quiz.reconnected')}
          </p>
        )}
      </div>
      {attempt.practice && (
        <p className="badge badge--open" data-testid="practice-badge">
          {pt('practice.badge')}
        </p>
      )}
      {fromCache && <Notice kind="warn">{t('quiz.cachedOffline')}</Notice>}
      {blockedHere && (
        <div className="alert alert--warn" role="alert">
          <span>{t('quiz.otherDevice')}</span>
          <button
            type="button"
            className="btn btn--primary"
            disabled={moving}
            onClick={() => void quiz.moveHere()}
          >
            {t('quiz.moveHere')}
          </button>
        </div>
      )}
      {quiz.sessionStatus === 'anonymous' && (
        <Notice kind="warn">
          {t('quiz.loginAgain')}{' '}
          <Link to={`/dang-nhap?next=${encodeURIComponent(`/luot-thi/${attemptId}`)}`}>
            {t('nav.login')}
          </Link>
        </Notice>
      )}
      {submitError !== null && (
        <ErrorBox>
          {submitError instanceof NetworkError ? t('quiz.submitOffline') : errorText(submitError)}
        </ErrorBox>
      )}

      {showGrid && (
        <AnswerGrid
          states={states}
          current={listMode ? -1 : current}
          onJump={jump}
          prediction={
            hasPrediction
              ? {
                  answered: validPrediction(prediction),
                  current: !listMode && current === questions.length,
                  onJump: () => jump(questions.length),
                }
              : undefined
          }
        />
      )}

      {listMode ? (
        <div className="quiz__list">
          {questions.map((q, i) => (
            <div key={q.id} id={`q-${i}`} tabIndex={-1} className="quiz__item">
              {view(q, i)}
            </div>
          ))}
          {predictionCard}
          <button
            type="button"
            className="btn btn--primary btn--block btn--big"
            disabled={locked}
            onClick={openConfirm}
          >
            {t('quiz.submit')}
          </button>
        </div>
      ) : (
        <div className="quiz__single">
          {current < questions.length ? (
            <div key={questions[current].id}>{view(questions[current], current)}</div>
          ) : (
            predictionCard
          )}
          <div className="quiz__nav">
            <button
              type="button"
              className="btn btn--big"
              disabled={current === 0}
              onClick={() => jump(current - 1)}
            >
              ‹ {t('quiz.prev')}
            </button>
            {current < lastIndex ? (
              <button
                type="button"
                className="btn btn--big btn--accent"
                onClick={() => jump(current + 1)}
              >
                {current + 1 === questions.length ? t('quiz.toPrediction') : t('quiz.next')} ›
              </button>
            ) : (
              <button
                type="button"
                className="btn btn--big btn--primary"
                disabled={locked}
                onClick={openConfirm}
              >
                {t('quiz.submit')}
              </button>
            )}
          </div>
        </div>
      )}

      {confirming && (
        <Modal title={t('quiz.confirmTitle')} onClose={closeConfirm}>
          <p>{t('quiz.confirmAnswered', { answered: answeredCount, total: questions.length })}</p>
          {answeredCount < questions.length && (
            <p className="warn-text">
              {t('quiz.confirmUnanswered', { n: questions.length - answeredCount })}
            </p>
          )}
          {unsavedCount > 0 && (
            <p className="warn-text">{t('quiz.confirmUnsaved', { n: unsavedCount })}</p>
          )}
          {hasPrediction && (
            <div className="confirm__prediction">
              <p className="strong">{attempt.prediction.prompt || t('quiz.predictionDefault')}</p>
              {predictionField}
            </div>
          )}
          <p className="muted">{t('quiz.confirmNote')}</p>
          <div className="modal__actions">
            <button type="button" className="btn btn--big" onClick={closeConfirm}>
              {t('quiz.keepGoing')}
            </button>
            <button
              type="button"
              className="btn btn--big btn--primary"
              onClick={() => quiz.confirmSubmit(hasPrediction)}
            >
              {t('quiz.confirmSubmit')}
            </button>
          </div>
        </Modal>
      )}

      {phase === 'submitting' && (
        <div className="overlay" role="status">
          <Loading label={t('quiz.submitting')} />
        </div>
      )}
      {(phase === 'timeup' || phase === 'waiting') && (
        <Modal title={t('quiz.timeUpTitle')} onClose={() => undefined}>
          <p>{phase === 'timeup' ? t('quiz.timeUpBody') : t('quiz.waitingAuto')}</p>
          <div className="modal__actions">
            <Link className="btn btn--primary btn--big" to={`/luot-thi/${attemptId}/ket-qua`}>
              {t('quiz.viewResult')}
            </Link>
          </div>
        </Modal>
      )}
    </div>
  );
}
