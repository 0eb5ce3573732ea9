import type {
  FlagThresholds,
  PracticeSettings,
  PredictionAttempt,
} from '../entities/contest.entity';

/** Emitted (and awaited) when a contest's flag thresholds change: flags are re-evaluated, audited. */
export const FLAG_THRESHOLDS_CHANGED = 'contest.flag-thresholds-changed';

export interface FlagThresholdsChangedEvent {
  contestId: string;
  actorId: string;
  before: Required<FlagThresholds>;
  after: Required<FlagThresholds>;
}

export interface FairnessInput {
  predictionAttempt?: PredictionAttempt;
  lockPrediction?: boolean;
  practice?: PracticeSettings;
  flagThresholds?: FlagThresholds;
  requireNationalId?: boolean;
}

function definedOnly(thresholds: FlagThresholds): FlagThresholds {
  return Object.fromEntries(Object.entries(thresholds).filter(([, v]) => typeof v === 'number'));
}

/** The fairness settings of a contest from a create/update body (defaults for what is absent). */
export function fairnessSettingsFrom(dto: FairnessInput): Required<FairnessInput> {
  const practice = dto.practice ?? { enabled: false, bankIds: [] };
  const tags = (practice.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
  return {
    predictionAttempt: dto.predictionAttempt ?? 'first',
    lockPrediction: dto.lockPrediction ?? false,
    practice: {
      enabled: practice.enabled,
      bankIds: [...new Set(practice.bankIds)],
      ...(tags.length ? { tags } : {}),
      ...(practice.reveal ? { reveal: practice.reveal } : {}),
      ...(practice.questionCount ? { questionCount: practice.questionCount } : {}),
    },
    flagThresholds: definedOnly(dto.flagThresholds ?? {}),
    requireNationalId: dto.requireNationalId ?? false,
  };
}

export interface RuleNotesInput {
  prediction: { enabled: boolean };
  attemptsPerRound: number;
  predictionAttempt: PredictionAttempt;
  lockPrediction: boolean;
  practice: { enabled: boolean };
  requireNationalId: boolean;
}

/**
 * What the rules page says about these settings, in plain Vietnamese, so that participants
 * read the same rule the server applies.
 */
export function fairnessRuleNotes(contest: RuleNotesInput): string[] {
  const notes: string[] = [];
  if (contest.prediction.enabled) {
    const which =
      contest.predictionAttempt === 'first' || contest.attemptsPerRound === 1
        ? 'Câu hỏi dự đoán: chỉ tính câu trả lời dự đoán đầu tiên bạn đưa ra trong mỗi tuần thi; dự đoán ở các lượt thi sau không thay đổi kết quả xếp hạng.'
        : 'Câu hỏi dự đoán: tính câu trả lời dự đoán của lượt thi được dùng để tính điểm.';
    notes.push(which);
    if (contest.lockPrediction && contest.attemptsPerRound > 1) {
      notes.push('Sau khi đã trả lời, dự đoán được giữ nguyên cho các lượt thi sau của tuần thi.');
    }
  }
  if (contest.practice.enabled) {
    notes.push(
      'Thi thử: không giới hạn số lần, không tính điểm, không xếp hạng; câu hỏi thi thử lấy từ ngân hàng riêng, không trùng đề thi chính thức.',
    );
  }
  if (contest.requireNationalId) {
    notes.push(
      'Người đạt giải cần xác nhận số căn cước công dân (12 chữ số) trước khi giải thưởng được công nhận.',
    );
  }
  return notes;
}
