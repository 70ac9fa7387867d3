import { createGruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { createLstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { createSequenceStore } from '../../../src/store/sequence/sequenceStore';
import type { TourStages } from '../../../src/store/tour/tourStore';
import { createViewStore } from '../../../src/store/viewStore';

/** New stores for a tour to set its scenes in, apart from the app's own. */
export function freshTourStages(): TourStages {
  return {
    view: createViewStore(),
    lstm: createLstmExplorerStore(),
    gru: createGruExplorerStore(),
    sequence: createSequenceStore(),
  };
}
