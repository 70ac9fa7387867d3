import { PARAMETER_COUNT_CODE, parameterText } from '../../content/compare/comparison';
import { type CellKind, gateCount, type ParameterSpec, type RecurrentConfig } from '../../model';
import { modelParameters, type ModelParameters } from '../../store/compare/comparisonModels';
import { COURSE_MODELS } from '../../store/compare/comparisonSettings';
import { useComparisonStore } from '../../store/compare/comparisonStore';
import { useConcealed } from '../../store/concealedFigures';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { ConcealedValue } from '../shared/ConcealedValue';
import { fillText } from '../shared/fillText';
import { Formula } from '../shared/Formula';
import './ParameterComparison.css';

/** The packed blocks in each weight's rows, in PyTorch's order. */
const BLOCKS: Readonly<Record<CellKind, string>> = { LSTM: 'i, f, g, o', GRU: 'r, z, n' };

// Counts read the same in both languages: 141,600.
const formatCount = (count: number) => count.toLocaleString('en-US');
const texCount = (count: number) => formatCount(count).replaceAll(',', '{,}');

/** How the module is built in PyTorch, e.g. `nn.LSTM(50, 100, num_layers=2)`. */
export function moduleCall({ module, config }: Pick<ModelParameters, 'module' | 'config'>): string {
  const layers = config.numLayers > 1 ? `, num_layers=${config.numLayers}` : '';
  return `nn.${module}(${config.inputSize}, ${config.hiddenSize}${layers})`;
}

/** A parameter's shape in symbols and in numbers, e.g. `(4H × I) = 400 × 50`. */
export function shapeText(spec: ParameterSpec, module: CellKind): string {
  const rows = `${gateCount(module)}H`;
  const columns = spec.role === 'weight_ih' && spec.layer === 0 ? 'I' : 'H';
  const symbols = spec.shape.length === 2 ? `${rows} × ${columns}` : rows;
  return `(${symbols}) = ${spec.shape.join(' × ')}`;
}

/** Each layer's input size: I for the first, H (the layer below's h) for the rest. */
function layerInputs(config: RecurrentConfig): { symbol: string; size: number }[] {
  return Array.from({ length: config.numLayers }, (_, layer) =>
    layer === 0 ? { symbol: 'I', size: config.inputSize } : { symbol: 'H', size: config.hiddenSize },
  );
}

/**
 * The count as a KaTeX formula with the numbers substituted, one term per layer: G blocks of
 * H·(input + H) weights and, with biases, 2H biases. Symbols, each layer's numbers and the total
 * go on lines of their own, so the course's two-layer LSTM fits beside the GRU.
 */
export function countFormula({ module, config, count }: ModelParameters): string {
  const blocks = gateCount(module);
  const hidden = config.hiddenSize;
  const layers = layerInputs(config);
  const symbols = layers
    .map(({ symbol }) => String.raw`${blocks}\,\bigl(H\,(${symbol} + H)${config.bias ? ' + 2H' : ''}\bigr)`)
    .join(' + ');
  const numbers = layers.map(
    ({ size }, layer) =>
      (layer === 0 ? '&= ' : String.raw`&\quad + `) +
      String.raw`${blocks}\,\bigl(${hidden}\cdot(${size} + ${hidden})${config.bias ? String.raw` + 2\cdot ${hidden}` : ''}\bigr)`,
  );
  return String.raw`\begin{aligned} &${symbols} \\ ${numbers.join(String.raw` \\ `)} \\ &= ${texCount(count)} \end{aligned}`;
}

/** One module's parameters as PyTorch lists them, with their total and its formula. */
function ParameterTable({ parameters }: { parameters: ModelParameters }) {
  const { module, specs, count } = parameters;
  return (
    <figure className="parameter-table">
      {/* Too wide for a phone, the table scrolls in its own box, which shows that it does (and
          takes the focus, so the keyboard scrolls it too, as a formula does). */}
      <div className="parameter-table-scroll scroll-cue" tabIndex={0}>
        <table>
          <caption>
            <code>{moduleCall(parameters)}</code>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <BilingualText text={parameterText.parameter} />
              </th>
              <th scope="col">
                <BilingualText text={parameterText.shape} />
              </th>
              <th scope="col">
                <BilingualText text={parameterText.gates} />
              </th>
              <th scope="col" className="parameter-numbers">
                <BilingualText text={parameterText.count} />
              </th>
            </tr>
          </thead>
          <tbody>
            {specs.map((spec) => (
              <tr key={spec.name}>
                <th scope="row">
                  <code>{spec.name}</code>
                </th>
                <td className="parameter-shape">{shapeText(spec, module)}</td>
                <td className="parameter-blocks">{BLOCKS[module]}</td>
                <td className="parameter-numbers">{formatCount(spec.shape.reduce((a, b) => a * b, 1))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4}>
                <BilingualText text={fillText(parameterText.total, { count: formatCount(count) })} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <figcaption>
        <BilingualText text={parameterText.formula} />
      </figcaption>
      <Formula tex={countFormula(parameters)} />
    </figure>
  );
}

const COURSE_PARAMETERS = COURSE_MODELS.map(({ module, config }) => modelParameters(module, config));

/**
 * Both modules' parameters at the chosen sizes and for the course's nn.LSTM(50, 100,
 * num_layers=2) and nn.GRU(10, 20): every name and shape, the packed blocks, and the totals.
 */
export function ParameterComparison() {
  const parameters = useComparisonStore((state) => state.parameters);
  // The tour's question asks for this ratio, which the ratio line and the body state: both wait
  // until it is answered.
  const concealRatio = useConcealed('parameterRatio');
  const sizes = `${parameters.LSTM.config.inputSize} → ${parameters.LSTM.config.hiddenSize}`;
  const ratio = fillText(parameterText.threeQuarters, {
    sizes,
    gru: formatCount(parameters.GRU.count),
    lstm: formatCount(parameters.LSTM.count),
  });
  return (
    <section
      id="parameters"
      data-section
      className="panel-card parameter-comparison"
      data-tour="parameters"
      aria-labelledby="compare-parameters"
    >
      <h3 id="compare-parameters">
        <BilingualText text={parameterText.heading} />
      </h3>
      {!concealRatio && <BilingualParagraph text={parameterText.body} />}
      <h4>
        <BilingualText text={parameterText.chosenSizes} />
      </h4>
      <div className="parameter-pair">
        <ParameterTable parameters={parameters.LSTM} />
        <ParameterTable parameters={parameters.GRU} />
      </div>
      {concealRatio ? (
        <p className="parameter-ratio">
          <ConcealedValue />
        </p>
      ) : (
        <BilingualParagraph text={ratio} className="parameter-ratio" />
      )}
      <h4>
        <BilingualText text={parameterText.courseModels} />
      </h4>
      <div className="parameter-pair">
        {COURSE_PARAMETERS.map((course) => (
          <ParameterTable key={course.module} parameters={course} />
        ))}
      </div>
      <BilingualParagraph text={parameterText.secondLayer} />
      <p className="parameter-check">
        <BilingualText text={parameterText.pytorchCheck} /> <code>{PARAMETER_COUNT_CODE}</code>
      </p>
    </section>
  );
}
