import type { Bilingual } from '../../content/bilingual';
import { useRef } from 'react';
import { labText } from '../../content/lab/lab';
import { useLabStore } from '../../store/lab/labStore';
import { flowLayout } from '../../viz/labPlots';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { useElementWidth } from '../shared/useElementWidth';
import { inShownLanguages } from '../shared/inShownLanguages';
import { useShownLanguages } from '../shared/useShownLanguages';
import { LabLegend, LabPlot } from './LabPlot';

const HEIGHT = 180;
const PRODUCT_HEIGHT = 130;

/**
 * Gradient flow at the last reported step: ‖∂loss/∂hₜ‖ over t for every model on a log axis, and
 * the LSTM's product of forget gates from each t to the end, the path its cell state gives the gradient.
 */
export function GradientFlow() {
  const shown = useShownLanguages();
  const [language] = shown;
  // Drawn text (axis titles, the chance mark) in every language shown: side by side, both.
  const drawn = (text: Bilingual) => inShownLanguages(text, shown);
  const models = useLabStore((state) => state.models);
  const length = useLabStore((state) => state.sequenceLength);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 360);
  const flows = models.flatMap((model) =>
    model.flow && model.flow.hiddenGradientNorms.length === length
      ? [{ kind: model.kind, values: model.flow.hiddenGradientNorms, product: model.flow.carryProduct }]
      : [],
  );
  const layout = flowLayout(flows, { width, height: HEIGHT, length });
  const lstm = flows.find((flow) => flow.kind === 'LSTM' && flow.product);
  const productLayout = lstm
    ? flowLayout([{ kind: 'LSTM', values: lstm.product! }], { width, height: PRODUCT_HEIGHT, length, floor: 1e-6 })
    : undefined;
  const flowStep = models.find((model) => model.flow)?.flow?.step;
  return (
    <section
      className="panel-card lab-flow"
      aria-labelledby="lab-flow-heading"
      data-tour="timeline"
      data-flow-step={flowStep}
    >
      <h3 id="lab-flow-heading">
        <BilingualText text={labText.flowHeading} />
      </h3>
      <BilingualParagraph text={labText.flowNote} className="lab-note" />
      <LabLegend kinds={flows.map((flow) => flow.kind)} />
      <div ref={box} className="lab-plot-box">
        {flows.length === 0 ? (
          <p className="lab-empty">
            <BilingualText text={labText.noFlow} />
          </p>
        ) : (
          <LabPlot
            layout={layout}
            width={width}
            height={HEIGHT}
            label={labText.flowHeading[language]}
            xLabel={drawn(labText.timeAxis)}
          />
        )}
        {productLayout && (
          <>
            <h4>
              <BilingualText text={labText.forgetProduct} />
            </h4>
            <BilingualParagraph text={labText.forgetProductNote} className="lab-note" />
            <LabPlot
              layout={productLayout}
              width={width}
              height={PRODUCT_HEIGHT}
              label={labText.forgetProduct[language]}
              xLabel={drawn(labText.timeAxis)}
            />
          </>
        )}
      </div>
    </section>
  );
}
