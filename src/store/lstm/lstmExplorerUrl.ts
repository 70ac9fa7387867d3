import { LSTM_NOTATION, type LstmGateName } from '../../model';
import {
  cellLinkKeys,
  cellSettingsFromSearch,
  hasCellSettings,
  searchWithCellSettings,
  type CellExplorerLink,
} from '../cell/cellExplorerUrl';
import type { SettingsLink, UnreadKey } from '../connectSettingsToPage';
import type { LstmExplorerSettings, LstmExplorerState } from './lstmExplorerStore';

/**
 * The LSTM explorer's settings in a link, without a prefix: `?size=3x4&x=0.8,-0.5,1.2&h=…&c=…
 * &preset=random&seed=1&bias=f2,i-1&w=f.2.1:2.5&stage=2&unit=0`.
 */
export const LSTM_EXPLORER_LINK: CellExplorerLink<LstmGateName> = {
  prefix: '',
  notation: LSTM_NOTATION,
};

/** `search` with the LSTM explorer's settings written in and every other parameter kept. */
export function searchWithExplorerSettings(search: string, settings: LstmExplorerSettings): string {
  return searchWithCellSettings(LSTM_EXPLORER_LINK, search, settings);
}

/** What a link says of the LSTM explorer's settings, unchecked beyond its syntax. */
export function explorerSettingsFromSearch(search: string, unread?: UnreadKey): Partial<LstmExplorerSettings> {
  return cellSettingsFromSearch(LSTM_EXPLORER_LINK, search, unread);
}

/** True when the link carries any LSTM explorer setting at all. */
export function hasExplorerSettings(search: string): boolean {
  return hasCellSettings(LSTM_EXPLORER_LINK, search);
}

/** The LSTM explorer store's link, for {@link connectSettingsToPage}. */
export const lstmExplorerLink: SettingsLink<LstmExplorerState, Partial<LstmExplorerSettings>> = {
  keys: cellLinkKeys(LSTM_EXPLORER_LINK),
  has: hasExplorerSettings,
  read: explorerSettingsFromSearch,
  write: searchWithExplorerSettings,
};
