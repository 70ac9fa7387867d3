import type { Bilingual } from '../../content/bilingual';
import { comparisonText, comparisonFormulas, gatesText, longSequenceText } from '../../content/compare/comparison';
import { commonText } from '../../content/commonText';
import { COMPARISON_SIZES } from '../../store/compare/comparisonSettings';
import { comparisonStore, useComparisonStore } from '../../store/compare/comparisonStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { Formula } from '../shared/Formula';
import { MemoryPulsePlot } from './MemoryPulsePlot';
import { ParameterComparison } from './ParameterComparison';
import { StepTimeComparison } from './StepTimeComparison';
import { useShownLanguages } from '../shared/useShownLanguages';
import { withTerms } from '../shared/withTerms';
import { useComputeWhenShown } from '../shared/useComputeWhenShown';
import { useWarmUpWhenIdle } from '../shared/useWarmUpWhenIdle';
import './CompareView.css';

const SIZE_LABELS = [comparisonText.sizeTeaching, comparisonText.sizeGruCourse, comparisonText.sizeLstmCourse];

/** The sizes both models share, and their seed. */
function ComparisonModelControls() {
  const [language] = useShownLanguages();
  const inputSize = useComparisonStore((state) => state.inputSize);
  const hiddenSize = useComparisonStore((state) => state.hiddenSize);
  const seed = useComparisonStore((state) => state.seed);
  const setSizes = useComparisonStore((state) => state.setSizes);
  const setSeed = useComparisonStore((state) => state.setSeed);
  return (
    <fieldset className="control-panel compare-models">
      <legend>
        <BilingualText text={comparisonText.models} />
      </legend>
      <div className="compare-sizes" role="group" aria-label={comparisonText.sizes[language]}>
        {COMPARISON_SIZES.map((size, index) => (
          <button
            key={`${size.inputSize}x${size.hiddenSize}`}
            type="button"
            className="action-button"
            aria-pressed={size.inputSize === inputSize && size.hiddenSize === hiddenSize}
            onClick={() => setSizes(size.inputSize, size.hiddenSize)}
          >
            <BilingualText text={SIZE_LABELS[index]!} />
          </button>
        ))}
      </div>
      <p className="compare-seed">
        <BilingualText text={commonText.seed} />: <span className="compare-seed-value">{seed}</span>{' '}
        <button type="button" className="action-button" onClick={() => setSeed(seed + 1)}>
          <BilingualText text={commonText.newSeed} />
        </button>
      </p>
    </fieldset>
  );
}

interface LessonProps {
  /** The section's id, which a link's `#…` names; its heading is `compare-<section>`. */
  section: string;
  heading: Bilingual;
  /** The paragraph before the formulas. */
  lead: Bilingual;
  /** KaTeX, after the lead; each wraps where its panel is narrow (a phone). */
  formulas?: readonly string[];
  /** Paragraphs after the formulas. */
  more?: readonly Bilingual[];
}

/** A titled block of teaching text, with its rules in KaTeX. */
function Lesson({ section, heading, lead, formulas = [], more = [] }: LessonProps) {
  const id = `compare-${section}`;
  return (
    <section id={section} data-section className="panel-card compare-lesson" aria-labelledby={id}>
      <h3 id={id}>
        <BilingualText text={withTerms(heading)} />
      </h3>
      <BilingualParagraph text={withTerms(lead)} />
      {formulas.map((tex) => (
        <Formula key={tex} tex={tex} wrap />
      ))}
      {more.map((text) => (
        <BilingualParagraph key={text.en} text={withTerms(text)} />
      ))}
    </section>
  );
}

/**
 * The "LSTM vs GRU" view: the same sizes and input through nn.LSTM and nn.GRU, compared by
 * parameters, time per step and memory, with the teaching text beside each panel.
 */
export function CompareView() {
  const computed = useComparisonStore((state) => state.lstmMemory !== undefined || state.error !== undefined);
  const error = useComparisonStore((state) => state.error);
  useComputeWhenShown(computed, comparisonStore.getState().recompute);
  useWarmUpWhenIdle(computed && !error, comparisonStore.getState().warmUp);
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <div className="compare-intro">
        <h2 id="compare-heading">
          <BilingualText text={comparisonText.heading} stacked />
        </h2>
      </div>
      {error && (
        <p className="view-error" role="alert">
          <BilingualText text={fillText(commonText.refused, { reason: error })} />
        </p>
      )}
      {/* The experiment a class drags first: its plot and sliders on the first screen. */}
      <MemoryPulsePlot />
      <BilingualParagraph className="compare-lead" text={comparisonText.intro} />
      <ComparisonModelControls />
      <Lesson
        section="gates"
        heading={gatesText.heading}
        lead={gatesText.body}
        formulas={[comparisonFormulas.lstm, comparisonFormulas.gru]}
        more={[gatesText.convention]}
      />
      <ParameterComparison />
      <StepTimeComparison />
      <Lesson section="long" heading={longSequenceText.heading} lead={longSequenceText.body} />
      <Lesson
        section="vanishing"
        heading={longSequenceText.vanishingHeading}
        lead={longSequenceText.vanishingBody}
        formulas={[comparisonFormulas.plainRnn, comparisonFormulas.gatedPaths]}
        more={[longSequenceText.gatedBody]}
      />
      <p className="compare-share">
        <BilingualText text={commonText.shareLink} />
      </p>
    </section>
  );
}
