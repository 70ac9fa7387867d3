import { shapesText } from '../../content/shapes/shapes';
import { SHAPES_PRESETS, type ShapesPreset } from '../../store/shapes/shapesSettings';
import { shapesStore, useShapesStore } from '../../store/shapes/shapesStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { ParameterTable } from './ParameterTable';
import { ResultShapes } from './ResultShapes';
import { ShapesCode } from './ShapesCode';
import { ShapesControls } from './ShapesControls';
import './ShapesView.css';
import { OpenWeightsButton } from '../shared/OpenWeightsButton';

const PRESET_LABELS = { courseLstm: shapesText.presetLstm, courseGru: shapesText.presetGru } as const;

/** True while the settings are exactly the preset's. */
function useIsPreset(preset: ShapesPreset): boolean {
  return useShapesStore((state) =>
    Object.entries(SHAPES_PRESETS[preset]).every(([key, value]) => state[key as keyof typeof state] === value),
  );
}

function PresetButton({ preset }: { preset: ShapesPreset }) {
  const pressed = useIsPreset(preset);
  return (
    <button
      type="button"
      className="action-button"
      aria-pressed={pressed}
      onClick={() => shapesStore.getState().loadPreset(preset)}
    >
      <BilingualText text={PRESET_LABELS[preset]} />
    </button>
  );
}

/**
 * The "PyTorch shapes" view: any nn.LSTM / nn.GRU / nn.LSTMCell / nn.GRUCell, its parameters' shapes
 * and gate blocks, the shapes of a call's results, and the PyTorch code that prints the same.
 */
export function ShapesView() {
  const [language] = useShownLanguages();
  return (
    <div className="shapes-view">
      <section className="panel-card shapes-intro" aria-labelledby="shapes-heading">
        <h2 id="shapes-heading">
          <BilingualText text={shapesText.heading} stacked />
        </h2>
        <BilingualParagraph text={shapesText.intro} />
        <div className="preset-row" role="group" aria-label={shapesText.presets[language]}>
          {(Object.keys(SHAPES_PRESETS) as ShapesPreset[]).map((preset) => (
            <PresetButton key={preset} preset={preset} />
          ))}
        </div>
        {/* A model of the reader's own: its cells open in the explorers. */}
        <p className="shapes-import">
          <OpenWeightsButton />
        </p>
      </section>
      <div className="shapes-columns">
        <ShapesControls />
        <div className="shapes-answers">
          <ResultShapes />
          <ShapesCode />
        </div>
      </div>
      <ParameterTable />
    </div>
  );
}
