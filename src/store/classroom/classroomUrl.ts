import type { SettingsLink } from '../connectSettingsToPage';
import { parseFlag } from '../languageSources';
import type { ClassroomState } from './classroomStore';

/** Query parameter that opens the page in presenter mode: `?present=1`. */
const PRESENT_PARAM = 'present';

/** Presenter mode in a link as `present=1`; left out when off, so ordinary links stay short. */
export const classroomLink: SettingsLink<ClassroomState, { presenting?: boolean }> = {
  keys: { presenting: PRESENT_PARAM },
  has: (search) => new URLSearchParams(search).has(PRESENT_PARAM),
  read: (search) => ({ presenting: parseFlag(new URLSearchParams(search).get(PRESENT_PARAM)) }),
  write: (search, state) => {
    const params = new URLSearchParams(search);
    if (state.presenting) params.set(PRESENT_PARAM, '1');
    else params.delete(PRESENT_PARAM);
    return `?${params.toString()}`;
  },
};
