/** Catches a screen that fails to draw, so the rest of the app (and what was typed, kept in drafts) survives. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('screen failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="notice error" role="alert">
          <h2>This part of the page could not be shown</h2>
          <p>Anything you typed is kept as a draft on this device. Reload the page to try again; if it keeps happening, tell your administrator.</p>
          <p className="small">{this.state.error.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
