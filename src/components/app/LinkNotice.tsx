import { Fragment } from 'react';
import { linkNoticeText } from '../../content/app/linkNotice';
import { useLinkNoticeStore } from '../../store/link/linkNoticeStore';
import { BilingualText } from '../shared/BilingualText';
import { NoticeDismiss } from './NoticeDismiss';
import { fillText } from '../shared/fillText';
import './LinkNotice.css';

/** Keys named before the rest are counted: a hostile link may carry thousands. */
export const NAMED_KEYS = 4;

/** Characters of a key shown: a key is link text of any length. */
export const KEY_CHARACTERS = 20;

const shortened = (key: string) => (key.length > KEY_CHARACTERS ? `${key.slice(0, KEY_CHARACTERS - 1)}…` : key);

/**
 * One slim line under the header when the page could not read all of its link: which keys now
 * show their defaults, and a button to close it. Keys are the link's own text, shown as text.
 */
export function LinkNotice() {
  const keys = useLinkNoticeStore((state) => state.unreadKeys);
  const dismissed = useLinkNoticeStore((state) => state.dismissed);
  const dismiss = useLinkNoticeStore((state) => state.dismiss);
  if (keys.length === 0 || dismissed) return null;
  const rest = keys.length - NAMED_KEYS;
  return (
    <div className="link-notice">
      <p role="status">
        <BilingualText text={linkNoticeText.unread} />{' '}
        {/* Spaces between the keys, so a screen reader says them one by one. */}
        {keys.slice(0, NAMED_KEYS).map((key) => (
          <Fragment key={key}>
            <code className="link-notice-key">{shortened(key)}</code>{' '}
          </Fragment>
        ))}
        {rest > 0 && <BilingualText text={fillText(linkNoticeText.more, { count: rest })} />}
      </p>
      <NoticeDismiss name={linkNoticeText.dismiss} onDismiss={dismiss} />
    </div>
  );
}
