import { createMessages } from '../../lib/i18n';

/** Interface text of practice ("Thi thử"). */
const vi = {
  'practice.title': 'Thi thử',
  'practice.intro':
    'Làm thử không giới hạn số lần với câu hỏi ôn tập riêng: không tính điểm, không xếp hạng, xem đáp án và giải thích sau mỗi câu.',
  'practice.introEnd':
    'Làm thử không giới hạn số lần với câu hỏi ôn tập riêng: không tính điểm, không xếp hạng, xem đáp án và giải thích khi nộp bài.',
  'practice.start': 'Thi thử',
  'practice.starting': 'Đang chuẩn bị…',
  'practice.loginToStart': 'Đăng nhập để thi thử',
  'practice.badge': 'Thi thử — không tính điểm',
  'practice.right': 'Chính xác!',
  'practice.wrong': 'Chưa đúng.',
  'practice.answerIs': 'Đáp án đúng: {answer}',
  'practice.explanation': 'Giải thích: {text}',
  'practice.check': 'Kiểm tra đáp án',
  'practice.resultTitle': 'Kết quả thi thử',
  'practice.resultNote': 'Bài thi thử không được tính điểm và không có trên bảng xếp hạng.',
  'practice.review': 'Xem lại đáp án',
  'practice.yourAnswer': 'Bạn trả lời: {answer}',
  'practice.noAnswer': 'Bạn chưa trả lời câu này.',
  'practice.again': 'Thi thử lần nữa',
  'practice.back': 'Về trang cuộc thi',
};

const en: Record<keyof typeof vi, string> = {
  'practice.title': 'Practice',
  'practice.intro':
    'Practise as often as you like with separate review questions: not scored, not ranked, with the answer and explanation after each question.',
  'practice.introEnd':
    'Practise as often as you like with separate review questions: not scored, not ranked, with the answers and explanations when you submit.',
  'practice.start': 'Practice',
  'practice.starting': 'Preparing…',
  'practice.loginToStart': 'Sign in to practise',
  'practice.badge': 'Practice — not scored',
  'practice.right': 'Correct!',
  'practice.wrong': 'Not quite.',
  'practice.answerIs': 'Right answer: {answer}',
  'practice.explanation': 'Explanation: {text}',
  'practice.check': 'Check the answer',
  'practice.resultTitle': 'Practice result',
  'practice.resultNote': 'Practice is not scored and never appears on a leaderboard.',
  'practice.review': 'Review the answers',
  'practice.yourAnswer': 'Your answer: {answer}',
  'practice.noAnswer': 'You did not answer this question.',
  'practice.again': 'Practise again',
  'practice.back': 'Back to the contest',
};

export type PracticeMessageKey = keyof typeof vi;
const messages = createMessages<PracticeMessageKey>(vi, en);
export const usePracticeT = messages.useT;
