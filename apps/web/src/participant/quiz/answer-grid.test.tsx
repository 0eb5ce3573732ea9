import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerGrid, type SaveState } from './answer-grid';

describe('AnswerGrid', () => {
  afterEach(cleanup);

  const states: SaveState[] = ['saved', 'unanswered', 'pending', 'saved', 'error'];

  it('shows which questions are answered, saved or not, in words and not only in colour', () => {
    render(<AnswerGrid states={states} current={1} onJump={() => undefined} />);
    expect(screen.getByText('Đã trả lời 4/5 câu')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Danh sách câu hỏi' });
    const cells = within(nav).getAllByRole('button');
    expect(cells.map((c) => c.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(cells[0].getAttribute('aria-label')).toBe('Câu 1: Đã lưu');
    expect(cells[1].getAttribute('aria-label')).toBe('Câu 2: Chưa trả lời');
    expect(cells[2].getAttribute('aria-label')).toBe('Câu 3: Chưa lưu');
    expect(cells[4].getAttribute('aria-label')).toBe('Câu 5: Lỗi, chọn lại');
    expect(cells[0].className).toContain('grid-cell--saved');
    expect(cells[2].className).toContain('grid-cell--pending');
  });

  it('marks the current question', () => {
    render(<AnswerGrid states={states} current={3} onJump={() => undefined} />);
    const current = screen.getByRole('button', { name: 'Câu 4: Đã lưu' });
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(
      screen.getByRole('button', { name: 'Câu 1: Đã lưu' }).getAttribute('aria-current'),
    ).toBeNull();
  });

  it('jumps to a question when its cell is pressed', () => {
    const onJump = vi.fn();
    render(<AnswerGrid states={states} current={0} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: 'Câu 2: Chưa trả lời' }));
    expect(onJump).toHaveBeenCalledWith(1);
  });

  it('adds the prediction question when the contest asks one', () => {
    const onPrediction = vi.fn();
    const { rerender } = render(
      <AnswerGrid
        states={states}
        current={0}
        onJump={() => undefined}
        prediction={{ answered: false, onJump: onPrediction }}
      />,
    );
    const cell = screen.getByRole('button', { name: 'Dự đoán: Chưa trả lời' });
    fireEvent.click(cell);
    expect(onPrediction).toHaveBeenCalledTimes(1);
    rerender(
      <AnswerGrid
        states={states}
        current={0}
        onJump={() => undefined}
        prediction={{ answered: true, onJump: onPrediction }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Dự đoán: Đã trả lời' })).toBeTruthy();
  });
});
