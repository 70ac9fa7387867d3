import { useMemo } from 'react';
import { gruGateTerms, lstmGateTerms } from '../../content/gateTerms';
import { glossary, type GlossaryTerm } from '../../content/glossary';
import { sequenceHeatMapsText } from '../../content/sequence/sequenceHeatMaps';
import { type CellKind, type CellNotation, type GateName, GRU_NOTATION, LSTM_NOTATION, stateRow } from '../../model';
import { useSequenceStore } from '../../store/sequence/sequenceStore';
import { ROLE_COLORS, type DiagramRole, type ValueKind } from '../../viz/colors';
import { gateOverTime, type TraceValueName } from '../../viz/timeSeries';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { TimeHeatMap } from './TimeHeatMap';
import { withTerms } from '../shared/withTerms';
import './SequenceHeatMaps.css';

interface MapSpec {
  value: TraceValueName;
  symbol: string;
  term: GlossaryTerm;
  role: DiagramRole;
  kind: ValueKind;
  /** C is not squashed, so it may leave [−1, 1]. */
  widenScale?: boolean;
}

/** One map per gate, in the notation's order and with its letters (the LSTM's candidate is g, as on every panel). */
function gateMaps<Gate extends GateName>(
  notation: CellNotation<Gate, TraceValueName>,
  terms: Readonly<Record<Gate, GlossaryTerm>>,
): MapSpec[] {
  return notation.gates.map((gate): MapSpec => {
    const { letter, activation } = notation.gate[gate];
    return {
      value: letter,
      symbol: letter,
      term: terms[gate],
      role: gate,
      kind: activation === 'sigmoid' ? 'selector' : 'signed',
    };
  });
}

// In the order the cell computes them; C sits right above h so the two can be compared.
const MAPS: Readonly<Record<CellKind, readonly MapSpec[]>> = {
  LSTM: [
    ...gateMaps(LSTM_NOTATION, lstmGateTerms),
    { value: 'c', symbol: 'C', term: 'cellState', role: 'cell', kind: 'signed', widenScale: true },
    { value: 'h', symbol: 'h', term: 'hiddenState', role: 'hidden', kind: 'signed' },
  ],
  GRU: [
    ...gateMaps(GRU_NOTATION, gruGateTerms),
    { value: 'h', symbol: 'h', term: 'hiddenState', role: 'hidden', kind: 'signed' },
  ],
};

const EXPLANATIONS = {
  LSTM: withTerms(sequenceHeatMapsText.explanationLstm),
  GRU: withTerms(sequenceHeatMapsText.explanationGru),
} as const;

/**
 * For the selected cell (layer, direction) and the shown sequence of the batch, a heat map of
 * each gate and state over every unit and time step. Clicking a column goes to that step.
 */
export function SequenceHeatMaps() {
  const kind = useSequenceStore((state) => state.kind);
  const run = useSequenceStore((state) => state.run);
  const layer = useSequenceStore((state) => state.layer);
  const direction = useSequenceStore((state) => state.direction);
  const bidirectional = useSequenceStore((state) => state.bidirectional);
  const shownBatch = useSequenceStore((state) => state.shownBatch);
  const batch = useSequenceStore((state) => state.batch);
  const step = useSequenceStore((state) => state.t);
  const goToStep = useSequenceStore((state) => state.goToStep);

  const rowSteps = run?.steps[stateRow({ bidirectional }, layer, direction)];
  const units = run?.config.hiddenSize ?? 0;
  // Keyed on the run, the cell and the sequence, never on t: scrubbing reuses these arrays, so no map repaints.
  const series = useMemo(
    () => (rowSteps ? MAPS[kind].map((map) => gateOverTime(rowSteps, map.value, shownBatch, units)) : undefined),
    [rowSteps, kind, shownBatch, units],
  );

  const place = fillText(sequenceHeatMapsText.place, {
    // Indices as PyTorch counts them: layer 0 is weight_ih_l0's, b = 0 the first sequence of the batch.
    layer,
    direction: direction === 1 ? sequenceHeatMapsText.reverse : sequenceHeatMapsText.forward,
    sequence: shownBatch,
    batch,
  });
  return (
    <section
      id="heat-maps"
      data-section
      className="panel-card sequence-heat-maps"
      aria-labelledby="sequence-heat-maps-heading"
    >
      <h3 id="sequence-heat-maps-heading">
        <BilingualText text={sequenceHeatMapsText.heading} />
        <span className="sequence-heat-maps-place">
          <BilingualText text={place} />
        </span>
      </h3>
      <BilingualParagraph text={EXPLANATIONS[kind]} />
      {direction === 1 && <BilingualParagraph text={sequenceHeatMapsText.reverseNote} />}
      {rowSteps && series ? (
        <div className="sequence-heat-maps-grid">
          {MAPS[kind].map((map, index) => (
            <TimeHeatMap
              key={map.value}
              name={glossary[map.term]}
              symbol={map.symbol}
              color={ROLE_COLORS[map.role].base}
              kind={map.kind}
              widenScale={map.widenScale}
              values={series[index]!}
              steps={rowSteps.length}
              units={units}
              step={step}
              onPickStep={goToStep}
            />
          ))}
        </div>
      ) : (
        <BilingualParagraph text={sequenceHeatMapsText.waiting} className="sequence-heat-maps-waiting" />
      )}
    </section>
  );
}
