import type { Bilingual } from '../../content/bilingual';
import { BilingualText } from '../shared/BilingualText';

/** The × that closes a slim notice under the header (LinkNotice.css), read out as `name`. */
export function NoticeDismiss({ name, onDismiss }: { name: Bilingual; onDismiss: () => void }) {
  return (
    <button type="button" className="link-notice-dismiss" onClick={onDismiss}>
      <span aria-hidden="true">×</span>
      <span className="visually-hidden">
        <BilingualText text={name} />
      </span>
    </button>
  );
}
