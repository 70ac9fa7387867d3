import { offlineText } from '../../content/app/offline';
import { useOfflineStore } from '../../store/offline/offlineStore';
import { BilingualText } from '../shared/BilingualText';
import { NoticeDismiss } from './NoticeDismiss';
// The same slim line under the header as the link notice: it covers nothing.
import './LinkNotice.css';
import './UpdateNotice.css';

/**
 * One slim line under the header once a newer version of the app has downloaded: the reader
 * reloads into it when it suits them (never in the middle of what they are doing), or closes
 * the line and gets the new version on their next visit.
 */
export function UpdateNotice() {
  const ready = useOfflineStore((state) => state.updateReady);
  const dismissed = useOfflineStore((state) => state.dismissed);
  const requestUpdate = useOfflineStore((state) => state.requestUpdate);
  const dismiss = useOfflineStore((state) => state.dismiss);
  if (!ready || dismissed) return null;
  return (
    <div className="link-notice update-notice">
      <p role="status">
        <BilingualText text={offlineText.updateReady} />
      </p>
      <button type="button" className="update-notice-reload" onClick={requestUpdate}>
        <BilingualText text={offlineText.reload} />
      </button>
      <NoticeDismiss name={offlineText.dismiss} onDismiss={dismiss} />
    </div>
  );
}
