import { useId, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import { SEQUENCE_OUTPUT_CALLS, sequenceOutputsText } from '../../content/sequence/sequenceOutputs';
import { useConcealed } from '../../store/concealedFigures';
import { sequenceStore, type SequenceState } from '../../store/sequence/sequenceStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { sequenceOutputCards, type OutputView } from './sequenceOutputCards';
import { SequenceOutputCard } from './SequenceOutputCard';
import './SequenceOutputs.css';

export interface SequenceOutputsProps {
  /** The store to read; the app's {@link sequenceStore} unless a test passes its own. */
  store?: StoreApi<SequenceState>;
}

const viewOf = (state: SequenceState): OutputView => ({
  kind: state.kind,
  steps: state.steps,
  hiddenSize: state.hiddenSize,
  numLayers: state.numLayers,
  bidirectional: state.bidirectional,
  batchFirst: state.batchFirst,
  t: state.t,
  layer: state.layer,
  direction: state.direction,
  shownBatch: state.shownBatch,
});

/**
 * What `out, (h_n, c_n) = lstm(x, (h0, c0))` returns (`out, h_n = gru(x, h0)` for a GRU): each
 * result's shape in symbols and numbers, where it comes from, its values at the selected step,
 * cell and batch element, and a computed check that they are the cell states the trace shows.
 * Pointing at a card marks its sources on the timeline through the store's `highlight`.
 */
export function SequenceOutputs({ store = sequenceStore }: SequenceOutputsProps) {
  const view = useStore(store, useShallow(viewOf));
  const run = useStore(store, (state) => state.run);
  const highlight = useStore(store, (state) => state.highlight);
  const setHighlight = useStore(store, (state) => state.setHighlight);
  const cards = useMemo(() => sequenceOutputCards(view, run), [view, run]);
  const headingId = useId();
  // While the tour asks for these shapes, the cards hide them and the course example, which names them.
  const concealShapes = useConcealed('outputShapes');
  return (
    <section
      id="outputs"
      data-section
      className="panel-card sequence-outputs"
      data-tour="outputs"
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        <BilingualText text={sequenceOutputsText.heading} />
        {': '}
        <code>{SEQUENCE_OUTPUT_CALLS[view.kind]}</code>
      </h3>
      <BilingualParagraph text={sequenceOutputsText.intro} />
      {!concealShapes && <BilingualParagraph text={sequenceOutputsText.courseExample} />}
      <BilingualParagraph text={sequenceOutputsText.batchFirst} />
      {view.bidirectional && <BilingualParagraph text={sequenceOutputsText.bidirectional} />}
      <div className="sequence-output-cards">
        {cards.map((card) => (
          <SequenceOutputCard
            key={card.name}
            card={card}
            hiddenSize={view.hiddenSize}
            highlighted={highlight === card.name}
            concealShape={concealShapes}
            onHighlight={setHighlight}
          />
        ))}
      </div>
    </section>
  );
}
