import { GRU_NOTATION, type GruGateName } from '../../model';
import {
  cellLinkKeys,
  cellSettingsFromSearch,
  hasCellSettings,
  searchWithCellSettings,
  type CellExplorerLink,
} from '../cell/cellExplorerUrl';
import type { SettingsLink } from '../connectSettingsToPage';
import type { GruExplorerSettings, GruExplorerState } from './gruExplorerStore';

/**
 * The GRU explorer's settings in a link, each key prefixed with `g` so they live beside the LSTM
 * explorer's: `?gsize=3x4&gx=0.8,-0.5,1.2&gh=…&gpreset=random&gseed=1&gbias=z2&gw=n.2.1:2.5&gstage=3&gunit=0`.
 */
export const GRU_EXPLORER_LINK: CellExplorerLink<GruGateName> = {
  prefix: 'g',
  notation: GRU_NOTATION,
};

/** The GRU explorer store's link, for `connectSettingsToPage`. */
export const gruExplorerLink: SettingsLink<GruExplorerState, Partial<GruExplorerSettings>> = {
  keys: cellLinkKeys(GRU_EXPLORER_LINK),
  has: (search) => hasCellSettings(GRU_EXPLORER_LINK, search),
  read: (search, unread) => cellSettingsFromSearch(GRU_EXPLORER_LINK, search, unread),
  write: (search, state) => searchWithCellSettings(GRU_EXPLORER_LINK, search, state),
};
