import type { Bilingual } from '../../content/bilingual';
import { gruGateTerms, lstmGateTerms } from '../../content/gateTerms';
import { glossary } from '../../content/glossary';
import { shapesParameterText } from '../../content/shapes/shapes';
import {
  gateBlocks,
  isCellModule,
  parameterCount,
  parameterSpecs,
  type GateBlock,
  type GateName,
  type RecurrentModule,
} from '../../model';
import { pythonShape } from '../../store/pythonCode';
import { openGateStage } from '../../store/shapes/openGateStage';
import { effectiveConfig } from '../../store/shapes/shapesSettings';
import { useShapesStore } from '../../store/shapes/shapesStore';
import { useShallow } from 'zustand/react/shallow';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { withTerms } from '../shared/withTerms';

/** The glossary's name for `gate` of `module`'s cell. */
function gateTerm(module: RecurrentModule, gate: GateName): Bilingual {
  const terms: Readonly<Partial<Record<GateName, keyof typeof glossary>>> = module.startsWith('LSTM')
    ? lstmGateTerms
    : gruGateTerms;
  return glossary[terms[gate]!];
}

/** A gate's block: a button that opens the cell explorer on that gate's stage. */
function BlockButton({ module, block }: { module: RecurrentModule; block: GateBlock }) {
  const [language] = useShownLanguages();
  const cell = module.startsWith('LSTM') ? 'LSTM' : 'GRU';
  const label = fillText(shapesParameterText.openGate, { cell, gate: gateTerm(module, block.gate) });
  return (
    <button
      type="button"
      className="gate-block"
      data-gate={block.letter}
      aria-label={`${block.symbol} ${pythonShape(block.shape)}: ${label[language]}`}
      title={label[language]}
      onClick={() => openGateStage(module, block.gate)}
    >
      <code>{block.symbol}</code> <span className="gate-block-shape">{block.shape.join(' × ')}</span>
    </button>
  );
}

/** Every parameter of the module on screen, its shape, and each packed matrix's gate blocks. */
export function ParameterTable() {
  const settings = useShapesStore(useShallow((state) => ({ ...state })));
  const config = effectiveConfig(settings);
  const { module } = settings;
  const specs = parameterSpecs(module, config);
  const count = parameterCount(module, config);
  const gates = module.startsWith('LSTM') ? 4 : 3;
  const order = module.startsWith('LSTM') ? 'i, f, g, o' : 'r, z, n';
  const projected = !isCellModule(module) && config.projSize > 0;
  return (
    <section id="parameters" data-section className="panel-card shapes-parameters" aria-labelledby="shapes-parameters">
      <h3 id="shapes-parameters">
        <BilingualText text={shapesParameterText.heading} />
      </h3>
      <BilingualParagraph
        text={withTerms(fillText(shapesParameterText.rowsExplained, { gates, hidden: config.hiddenSize, order }))}
      />
      {projected && <BilingualParagraph text={shapesParameterText.projection} />}
      <BilingualParagraph className="shapes-hint" text={shapesParameterText.blockHint} />
      <div className="shapes-table-scroll">
        <table className="shapes-table">
          <thead>
            <tr>
              <th scope="col">
                <BilingualText text={shapesParameterText.name} />
              </th>
              <th scope="col">
                <BilingualText text={shapesParameterText.shape} />
              </th>
              <th scope="col">
                <BilingualText text={shapesParameterText.blocks} />
              </th>
            </tr>
          </thead>
          <tbody>
            {specs.map((spec) => (
              <tr key={spec.name}>
                <th scope="row">
                  <code>{spec.name}</code>
                </th>
                <td>
                  <code>{pythonShape(spec.shape)}</code>
                </td>
                <td>
                  <div className="gate-blocks">
                    {gateBlocks(module, spec).map((block) => (
                      <BlockButton key={block.symbol} module={module} block={block} />
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="shapes-total">
        <BilingualText text={fillText(shapesParameterText.total, { count: count.toLocaleString('en') })} />
      </p>
    </section>
  );
}
