import { useEffect } from 'react';
import { labText } from '../../content/lab/lab';
import { connectLabToPage, labStore } from '../../store/lab/labStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { GradientFlow } from './GradientFlow';
import { LabControls } from './LabControls';
import { LabCosts } from './LabCosts';
import { LabCurves } from './LabCurves';
import './LabView.css';

/**
 * The training lab (issue 18): a plain RNN, an LSTM and a GRU trained side by side in a worker on
 * a task that needs long memory, with their curves, their gradient flow over time and their costs.
 * The trainer starts the first time the view is shown and keeps its run while the reader visits
 * other views, so a trained model can be opened in them and the run found again on return.
 */
export function LabView() {
  // The lab's settings follow the link from its first render (before it paints), not from when its
  // code arrives: the idle prefetch loads it in every view, and a link must not change by itself.
  // Idempotent: only the first call connects.
  connectLabToPage(window);
  useEffect(() => void labStore.getState().open(), []);
  return (
    <div className="lab-view">
      <div className="lab-columns">
        <div className="lab-side">
          <section className="panel-card lab-intro" aria-labelledby="lab-heading">
            <h2 id="lab-heading">
              <BilingualText text={labText.heading} stacked />
            </h2>
            <LabControls />
          </section>
          <section className="panel-card lab-about" aria-labelledby="lab-about-heading">
            <h3 id="lab-about-heading">
              <BilingualText text={labText.aboutHeading} />
            </h3>
            <BilingualParagraph text={labText.task} />
            <BilingualParagraph text={labText.watch} />
            <BilingualParagraph text={labText.carryStart} />
          </section>
        </div>
        <LabCurves />
        <GradientFlow />
      </div>
      <LabCosts />
    </div>
  );
}
