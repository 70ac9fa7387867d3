import { useState } from 'react';
import { labText } from '../../content/lab/lab';
import type { LabKind } from '../../model';
import { labStore, useLabStore } from '../../store/lab/labStore';
import { openLabModel, type LabModelTarget } from '../../store/lab/openLabModel';
import { LAB_MODEL_COLORS } from '../../viz/labPlots';
import { BilingualText } from '../shared/BilingualText';
import { download } from '../shared/downloadBlob';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';

const percent = (value: number | undefined) => (value === undefined ? '–' : `${(value * 100).toFixed(0)} %`);

/** Per model: its size, time per step, memory and latest accuracy, measured live; and what to do with it. */
export function LabCosts() {
  const [language] = useShownLanguages();
  const models = useLabStore((state) => state.models);
  const curves = useLabStore((state) => state.curves);
  const ready = useLabStore((state) => state.phase === 'ready');
  const [failure, setFailure] = useState<{ kind: LabKind; reason: string }>();
  const act = (kind: LabKind, run: () => Promise<string | undefined>) => {
    setFailure(undefined);
    run()
      .then((reason) => reason && setFailure({ kind, reason }))
      .catch((error: unknown) => setFailure({ kind, reason: error instanceof Error ? error.message : String(error) }));
  };
  const open = (kind: 'LSTM' | 'GRU', target: LabModelTarget) => act(kind, () => openLabModel(kind, target));
  const save = (kind: LabKind) =>
    act(kind, async () => {
      const file = await labStore.getState().modelFile(kind);
      download(file, file.name);
      return undefined;
    });
  return (
    <section className="panel-card lab-costs" aria-labelledby="lab-costs-heading">
      <h3 id="lab-costs-heading">
        <BilingualText text={labText.costsHeading} />
      </h3>
      <div className="lab-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <BilingualText text={labText.model} />
              </th>
              <th scope="col">
                <BilingualText text={labText.hiddenSize} />
              </th>
              <th scope="col">
                <BilingualText text={labText.parameters} />
              </th>
              <th scope="col">
                <BilingualText text={labText.msPerStep} />
              </th>
              <th scope="col">
                <BilingualText text={labText.memory} />
              </th>
              <th scope="col">
                <BilingualText text={labText.accuracy} />
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((model) => {
              const accuracy = curves[model.kind]?.accuracies.at(-1)?.value;
              const kind = model.kind;
              return (
                <tr key={kind} data-model={kind}>
                  <th scope="row">
                    <span className="lab-swatch" style={{ background: LAB_MODEL_COLORS[kind] }} aria-hidden="true" />
                    {kind}
                  </th>
                  <td>{model.hiddenSize}</td>
                  <td>{model.parameterCount}</td>
                  <td>{model.msPerStep > 0 ? model.msPerStep.toFixed(1) : '–'}</td>
                  <td>{(model.memoryBytes / 1024).toFixed(0)}</td>
                  <td data-testid={`lab-accuracy-${kind}`}>{percent(accuracy)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h4 id="lab-actions-heading">
        <BilingualText text={labText.actions} />
      </h4>
      <ul className="lab-actions" aria-labelledby="lab-actions-heading">
        {models.map(({ kind }) => (
          <li key={kind} data-model={kind}>
            <span className="lab-action-model">
              <span className="lab-swatch" style={{ background: LAB_MODEL_COLORS[kind] }} aria-hidden="true" />
              {kind}
            </span>
            {kind !== 'RNN' && (
              <>
                <button type="button" className="action-button" disabled={!ready} onClick={() => open(kind, 'cell')}>
                  <BilingualText text={fillText(labText.openCell, { kind })} />
                </button>
                <button
                  type="button"
                  className="action-button"
                  disabled={!ready}
                  aria-label={`${labText.openSequence[language]} (${kind})`}
                  onClick={() => open(kind, 'sequence')}
                >
                  <BilingualText text={labText.openSequence} />
                </button>
              </>
            )}
            <button
              type="button"
              className="action-button"
              disabled={!ready}
              aria-label={`${labText.download[language]} (${kind})`}
              onClick={() => save(kind)}
            >
              <BilingualText text={labText.download} />
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p className="lab-error" role="alert">
          <BilingualText text={fillText(labText.exportFailed, failure)} />
        </p>
      )}
    </section>
  );
}
