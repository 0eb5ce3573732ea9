import { useState } from 'react';
import { Field, Modal } from '../components/ui';
import type { JudgingTarget } from './judging-labels';
import { useCT } from './messages';

/** Asks the reason (at least 3 characters) before disqualifying someone. */
export function DisqualifyDialog({
  target,
  onConfirm,
  onClose,
}: {
  target: JudgingTarget;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const ct = useCT();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const confirm = () => {
    if (reason.trim().length < 3) {
      setReasonError(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal title={ct('judge.disqualifyTitle', { name: target.fullName })} onClose={onClose}>
      <Field
        label={ct('judge.reason')}
        hint={ct('judge.reasonHint')}
        error={reasonError && reason.trim().length < 3 ? ct('judge.reasonRequired') : null}
      >
        {(p) => (
          <textarea
            {...p}
            className="input input--area"
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={onClose}>
          {ct('common.cancel')}
        </button>
        <button type="button" className="btn btn--danger" onClick={confirm}>
          {ct('judge.disqualifyConfirm')}
        </button>
      </div>
    </Modal>
  );
}

/** Confirms finalizing the round's results (no change afterwards). */
export function FinalizeDialog({
  onConfirm,
  onClose,
}: {
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ct = useCT();
  return (
    <Modal title={ct('judge.finalizeTitle')} onClose={onClose}>
      <p>{ct('judge.finalizeBody')}</p>
      <div className="modal__actions">
        <button type="button" className="btn" onClick={onClose}>
          {ct('common.cancel')}
        </button>
        <button type="button" className="btn btn--primary" onClick={onConfirm}>
          {ct('judge.finalizeConfirm')}
        </button>
      </div>
    </Modal>
  );
}
