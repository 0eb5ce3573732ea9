export interface FailureCount {
  /** Attempts counted in the current window, this one included. */
  failures: number;
  /** Seconds until the window ends. */
  resetInSec: number;
}

/** Where login attempts per account are counted (fixed window from the first one). */
export interface LoginFailureStore {
  /** Counts one more attempt, atomically, and returns the count. */
  add(keyHash: string, windowSec: number): Promise<FailureCount>;
  clear(keyHash: string): Promise<void>;
}
