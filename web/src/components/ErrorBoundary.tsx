import { Component, type ReactNode } from 'react';

/** Keeps one broken view from blanking the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error)
      return (
        <div className="error" role="alert">
          <strong>This view failed.</strong> {this.state.error.message}{' '}
          {/chunk|dynamically imported module/i.test(this.state.error.message) ? 'The app was updated: reload the page.' : null}
        </div>
      );
    return this.props.children;
  }
}
