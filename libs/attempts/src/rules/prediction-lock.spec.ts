import { decidePrediction } from './prediction-lock';

describe('decidePrediction', () => {
  it('records nothing when the contest asks no prediction', () => {
    expect(decidePrediction({ enabled: false, lock: true, earlier: 4, given: 9 })).toEqual({
      prediction: null,
    });
  });

  it('requires a prediction when none was given before', () => {
    expect(
      decidePrediction({ enabled: true, lock: true, earlier: null, given: undefined }),
    ).toEqual({ refused: 'required' });
    expect(decidePrediction({ enabled: true, lock: false, earlier: 3, given: undefined })).toEqual({
      refused: 'required',
    });
  });

  it('keeps the locked prediction when a later attempt gives none or the same', () => {
    expect(decidePrediction({ enabled: true, lock: true, earlier: 12, given: undefined })).toEqual({
      prediction: 12,
    });
    expect(decidePrediction({ enabled: true, lock: true, earlier: 12, given: 12 })).toEqual({
      prediction: 12,
    });
  });

  it('refuses a different prediction once it is locked', () => {
    expect(decidePrediction({ enabled: true, lock: true, earlier: 12, given: 40 })).toEqual({
      refused: 'locked',
      locked: 12,
    });
  });

  it('records a new guess when the contest does not lock it', () => {
    expect(decidePrediction({ enabled: true, lock: false, earlier: 12, given: 40 })).toEqual({
      prediction: 40,
    });
  });
});
