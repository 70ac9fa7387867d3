import { gateSymbols } from '../../model';
import { glossary } from '../../content/glossary';
import { commonText } from '../../content/commonText';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import { BilingualText } from '../shared/BilingualText';
import type { CellExplorerUi } from './cellExplorerUi';
import { fillText } from '../shared/fillText';
import { MathText } from './MathText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { ValueSlider } from '../shared/ValueSlider';
import { withTerms } from '../shared/withTerms';

/**
 * A bias shift per gate, each labelled b with the gate's letter as a subscript, as the diagram and
 * the formulas write it (b_f, b_i, …, from the notation).
 */
export function BiasSliders<Gate extends string, Explanation>({ ui }: { ui: CellExplorerUi<Gate, Explanation> }) {
  const [language] = useShownLanguages();
  const biasShifts = ui.useExplorer((state) => state.biasShifts);
  const setBiasShift = ui.useExplorer((state) => state.setBiasShift);
  return (
    <fieldset className="control-panel bias-sliders" data-tour="biases">
      <legend>
        <BilingualText text={commonText.biases} />
      </legend>
      {ui.notation.gates.map((gate) => (
        <ValueSlider
          key={gate}
          label={<MathText source={gateSymbols(ui.notation.gate[gate]).bias} />}
          accessibleName={fillText(commonText.gateBias, { gate: glossary[ui.gateTerms[gate]][language] })[language]}
          value={biasShifts[gate]}
          min={EXPLORER_LIMITS.biasShift.min}
          max={EXPLORER_LIMITS.biasShift.max}
          step={0.1}
          onChange={(value) => setBiasShift(gate, value)}
        />
      ))}
      <p className="hint">
        <BilingualText text={withTerms(ui.text.biasHint)} />
      </p>
    </fieldset>
  );
}
