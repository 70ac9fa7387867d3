import type { Bilingual } from '../../content/bilingual';
import { useRef } from 'react';
import { labText } from '../../content/lab/lab';
import type { LabKind, LabPoint } from '../../model';
import { useLabStore } from '../../store/lab/labStore';
import { curvesLayout, smoothPoints } from '../../viz/labPlots';
import { BilingualText } from '../shared/BilingualText';
import { useElementWidth } from '../shared/useElementWidth';
import { inShownLanguages } from '../shared/inShownLanguages';
import { useShownLanguages } from '../shared/useShownLanguages';
import { LabLegend, LabPlot } from './LabPlot';

const HEIGHT = 170;
/** Losses are averaged over this many steps: one batch's loss is too noisy to read. */
const SMOOTHING = 10;

/** Held-out accuracy of a coin toss: the task's answer is −1 or +1 with equal odds. */
const CHANCE = 0.5;

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** The loss and held-out accuracy of every model over the training steps; chance level marked. */
export function LabCurves() {
  const shown = useShownLanguages();
  const [language] = shown;
  // Drawn text (axis titles, the chance mark) in every language shown: side by side, both.
  const drawn = (text: Bilingual) => inShownLanguages(text, shown);
  const curves = useLabStore((state) => state.curves);
  const step = useLabStore((state) => state.step);
  const target = useLabStore((state) => state.targetSteps);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 360);
  const kinds = Object.keys(curves) as LabKind[];
  const lastStep = Math.max(step, target);
  const series = (pick: (curve: { losses: LabPoint[]; accuracies: LabPoint[] }) => LabPoint[]) =>
    kinds.map((kind) => ({ kind, points: pick(curves[kind]!) }));
  const losses = series((curve) => smoothPoints(curve.losses, SMOOTHING));
  const highestLoss = Math.max(0.8, ...losses.flatMap(({ points }) => points.map((point) => point.value)));
  const lossLayout = curvesLayout(losses, {
    width,
    height: HEIGHT,
    lastStep,
    yDomain: [0, Math.min(2, highestLoss)],
    yFormat: (value) => value.toFixed(1),
  });
  const accuracyLayout = curvesLayout(
    series((curve) => curve.accuracies),
    { width, height: HEIGHT, lastStep, yDomain: [0.4, 1], yFormat: percent, marks: [CHANCE] },
  );
  const chanceAt = accuracyLayout.marks[0]?.at;
  const { area } = accuracyLayout;
  return (
    <section className="panel-card lab-curves" aria-labelledby="lab-curves-heading">
      <h3 id="lab-curves-heading" className="visually-hidden">
        <BilingualText text={labText.accuracyHeading} /> · <BilingualText text={labText.lossHeading} />
      </h3>
      <LabLegend kinds={kinds} />
      <div ref={box} className="lab-plot-box">
        <h4>
          <BilingualText text={labText.accuracyHeading} />
        </h4>
        <LabPlot
          layout={accuracyLayout}
          width={width}
          height={HEIGHT}
          label={labText.accuracyHeading[language]}
          xLabel={drawn(labText.stepAxis)}
        >
          {chanceAt !== undefined && (
            <g className="lab-chance" aria-hidden="true">
              <line x1={area.left} x2={area.right} y1={chanceAt} y2={chanceAt} />
              <text x={area.right - 2} y={chanceAt - 4} textAnchor="end">
                {drawn(labText.chance)}
              </text>
            </g>
          )}
        </LabPlot>
        <h4>
          <BilingualText text={labText.lossHeading} />
        </h4>
        <LabPlot
          layout={lossLayout}
          width={width}
          height={HEIGHT}
          label={labText.lossHeading[language]}
          xLabel={drawn(labText.stepAxis)}
        />
      </div>
    </section>
  );
}
