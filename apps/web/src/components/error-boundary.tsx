import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../messages';

interface State {
  error: Error | null;
}

/** A screen that throws while rendering shows a message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="page">
          <div className="alert alert--error" role="alert">
            {this.state.error.message}
          </div>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
