import type { SettingsLink } from '../connectSettingsToPage';
import { parseFlag } from '../languageSources';
import { PRESENTER_PANELS, type ClassroomSettings, type ClassroomState } from './classroomStore';

/** Query parameter that opens the page in presenter mode: `?present=1`. */
const PRESENT_PARAM = 'present';
/** The panels hidden while presenting, comma-separated: `?hide=sliders,rule`. */
const HIDE_PARAM = 'hide';
/** The whole cell rather than the stage's frame while presenting: `?whole=1`. */
const WHOLE_PARAM = 'whole';

type ClassroomLinkSettings = Partial<ClassroomSettings>;

/**
 * Presenter mode in a link as `present=1`, with its hidden panels (`hide=sliders`) and the whole
 * cell (`whole=1`); each left out at its default, so ordinary links stay short. An unknown panel
 * name is named to the reader as unread; the known ones are kept.
 */
export const classroomLink: SettingsLink<ClassroomState, ClassroomLinkSettings> = {
  keys: { presenting: PRESENT_PARAM, hiddenPanels: HIDE_PARAM, wholeDiagram: WHOLE_PARAM },
  has: (search) => {
    const params = new URLSearchParams(search);
    return [PRESENT_PARAM, HIDE_PARAM, WHOLE_PARAM].some((key) => params.has(key));
  },
  read: (search, unread) => {
    const params = new URLSearchParams(search);
    const settings: ClassroomLinkSettings = {
      presenting: parseFlag(params.get(PRESENT_PARAM)),
      wholeDiagram: parseFlag(params.get(WHOLE_PARAM)),
    };
    const hidden = params.get(HIDE_PARAM);
    if (hidden !== null) {
      const names = hidden.split(',').filter(Boolean);
      const known = PRESENTER_PANELS.filter((panel) => names.includes(panel));
      if (known.length < names.length) unread?.(HIDE_PARAM);
      settings.hiddenPanels = known;
    }
    return settings;
  },
  write: (search, state) => {
    const params = new URLSearchParams(search);
    const set = (key: string, value: string | undefined) => {
      if (value) params.set(key, value);
      else params.delete(key);
    };
    set(PRESENT_PARAM, state.presenting ? '1' : undefined);
    set(HIDE_PARAM, state.hiddenPanels.join(',') || undefined);
    set(WHOLE_PARAM, state.wholeDiagram ? '1' : undefined);
    return `?${params.toString()}`;
  },
};
