import { commonText } from '../../content/commonText';
import { sequenceText } from '../../content/sequence/sequence';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { InitialStatePanel } from './InitialStatePanel';
import { SequenceHeatMaps } from './SequenceHeatMaps';
import { SequenceInputs } from './SequenceInputs';
import { SequenceNetworkControls } from './SequenceNetworkControls';
import { SequenceOutputs } from './SequenceOutputs';
import { SequenceImportedNote } from './SequenceImportedNote';
import { SequenceTimeline } from './SequenceTimeline';
import { SequenceWeightControls } from './SequenceWeightControls';
import { useComputeWhenShown } from '../shared/useComputeWhenShown';
import { useWarmUpWhenIdle } from '../shared/useWarmUpWhenIdle';
import './SequenceView.css';

/**
 * The sequence view: a whole input through a stacked nn.LSTM / nn.GRU, unrolled in time, with
 * the input and the initial states to edit, PyTorch's out / h_n / c_n where they come from, and
 * every unit of the shown cell over time.
 */
export function SequenceView() {
  const error = useSequenceStore((state) => state.error);
  const computed = useSequenceStore((state) => state.run !== undefined || state.error !== undefined);
  useComputeWhenShown(computed, sequenceStore.getState().recompute);
  useWarmUpWhenIdle(computed && !error, sequenceStore.getState().warmUp);
  return (
    <section className="sequence-view" aria-labelledby="sequence-heading">
      <div className="sequence-intro">
        <h2 id="sequence-heading">
          <BilingualText text={sequenceText.heading} stacked />
        </h2>
      </div>
      {error && (
        <p className="view-error" role="alert">
          <BilingualText text={fillText(commonText.refused, { reason: error })} />
        </p>
      )}
      <SequenceImportedNote />
      {/* The first screen: the timeline, what plays it, and the biases that change what it shows. */}
      <div id="timeline" data-section className="sequence-stage">
        <SequenceTimeline />
        <SequenceWeightControls />
      </div>
      <BilingualParagraph className="sequence-lead" text={sequenceText.intro} />
      <div id="network" data-section className="sequence-setup">
        <SequenceNetworkControls />
        <div className="sequence-input-column">
          <SequenceInputs />
          <InitialStatePanel />
        </div>
      </div>
      <SequenceOutputs />
      <SequenceHeatMaps />
      <p className="sequence-share">
        <BilingualText text={commonText.shareLink} />
      </p>
    </section>
  );
}
