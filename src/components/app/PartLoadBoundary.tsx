import { Component, type ReactNode } from 'react';
import { shellText } from '../../content/app/shell';
import { BilingualText } from '../shared/BilingualText';

interface PartLoadBoundaryState {
  failed: boolean;
}

/**
 * Catches a part of the page whose code could not be fetched (offline, a deploy that replaced its
 * chunk) and offers to try again, instead of React unmounting the whole app. The stores are not
 * touched, so every setting survives.
 */
export class PartLoadBoundary extends Component<{ children: ReactNode }, PartLoadBoundaryState> {
  state: PartLoadBoundaryState = { failed: false };

  static getDerivedStateFromError(): PartLoadBoundaryState {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="part-load-failed">
        <p>
          <BilingualText text={shellText.partLoadFailed} />
        </p>
        <button type="button" className="action-button" onClick={() => this.setState({ failed: false })}>
          <BilingualText text={shellText.tryAgain} />
        </button>
      </div>
    );
  }
}
