import { AppException, ErrorCode } from '@app/core';
import type { AttemptsRepository } from './attempts.repository';
import { isOtherDevice } from './rules/device';
import { isPastGrace } from './rules/timing';

/** 409 ATTEMPT_ON_OTHER_DEVICE, offering the move (`POST /api/attempts/:id/move-here`). */
export function otherDeviceError(attemptId: string): AppException {
  return AppException.conflict(
    ErrorCode.ATTEMPT_ON_OTHER_DEVICE,
    'Lượt thi này đang được làm trên một thiết bị khác. Chọn “chuyển sang thiết bị này” để tiếp tục ' +
      'tại đây; việc chuyển thiết bị sẽ được ghi lại để ban giám khảo xem xét.',
    { moveHere: `/api/attempts/${attemptId}/move-here` },
  );
}

/**
 * Why a write to an attempt (answer save, integrity events) matched no row: called only on that
 * failure path, so the write itself stays one statement. Not the caller's → 404; submitted or
 * past its deadline and grace → ATTEMPT_CLOSED; bound to another device → ATTEMPT_ON_OTHER_DEVICE.
 */
export async function refusedWriteError(
  repository: AttemptsRepository,
  attempt: { attemptId: string; userId: string; deviceId?: string; graceSeconds: number },
): Promise<AppException> {
  const row = await repository.writeState(attempt.attemptId);
  if (!row || row.user_id !== attempt.userId)
    return AppException.notFound('Không tìm thấy lượt thi');
  if (
    row.status !== 'in_progress' ||
    isPastGrace(new Date(row.now), new Date(row.deadline_at), attempt.graceSeconds)
  ) {
    return AppException.conflict(
      ErrorCode.ATTEMPT_CLOSED,
      'Lượt thi đã kết thúc, dữ liệu không được lưu',
    );
  }
  if (isOtherDevice(row.device_id, attempt.deviceId)) return otherDeviceError(attempt.attemptId);
  // The attempt changed between the write and this check (closed, or moved back): try again.
  return AppException.conflict(
    ErrorCode.ATTEMPT_CLOSED,
    'Lượt thi đã kết thúc, dữ liệu không được lưu',
  );
}
