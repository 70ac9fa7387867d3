import { createGruExplorerStore } from '../../src/store/gruExplorerStore';
import { createLstmExplorerStore } from '../../src/store/lstmExplorerStore';
import { createSequenceStore } from '../../src/store/sequenceStore';
import type { TourStages } from '../../src/store/tourStore';
import { createViewStore } from '../../src/store/viewStore';

/** New stores for a tour to set its scenes in, apart from the app's own. */
export function freshTourStages(): TourStages {
  return {
    view: createViewStore(),
    lstm: createLstmExplorerStore(),
    gru: createGruExplorerStore(),
    sequence: createSequenceStore(),
  };
}
