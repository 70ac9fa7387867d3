import { useId, useRef, useState } from 'react';
import type { Bilingual } from '../../content/bilingual';
import { modelFileProblemText, modelImportText as text, SAVE_STATE_DICT_PYTHON } from '../../content/modelImport';
import { describeModule, directionCount, type ModelFileModule } from '../../model';
import { importedModelStore, useImportedModelStore, type ImportProblem } from '../../store/imported/importedModelStore';
import {
  explorerOfModule,
  openImportedModel,
  showImportedCell,
  showImportedNetwork,
  showImportedShapes,
} from '../../store/imported/openImportedModel';
import { networkRefusal } from '../../store/sequence/sequenceStore';
import { openTrainedExample } from '../../store/imported/openTrainedExample';
import { trainedExampleText } from '../../content/examples/trainedExample';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './ImportDialog.css';
import { useModalDialog } from '../shared/useModalDialog';
import '../shared/PythonLines.css';

/** The files the picker offers: what readModelFile reads. */
const ACCEPTED = '.safetensors,.json,application/json';

/** The layers and directions of `module` a cell explorer can show, as [layer, direction] pairs. */
function cellsOf(module: ModelFileModule): [number, number][] {
  const layers = module.module.endsWith('Cell') ? 1 : module.config.numLayers;
  return Array.from({ length: layers }, (_, layer) =>
    Array.from({ length: directionCount(module.config) }, (_, direction): [number, number] => [layer, direction]),
  ).flat();
}

/** A sentence for every kind of problem, in both languages: a kind without one does not compile. */
const PROBLEM_TEXT: Readonly<Record<ImportProblem, Bilingual>> = modelFileProblemText;

/**
 * Why something could not be opened: `lead` filled with the problem's sentence in the reader's
 * language, and under it the file reader's own sentence (English), which names the tensor or byte;
 * without a known kind, the reader's sentence alone.
 */
function Refusal({
  lead,
  values,
  message,
  problem,
}: {
  lead: Bilingual;
  values: Record<string, string>;
  message: string;
  problem: ImportProblem | undefined;
}) {
  return (
    <>
      <p>
        <BilingualText text={fillText(lead, { ...values, reason: problem ? PROBLEM_TEXT[problem] : message })} />
      </p>
      {problem && (
        <p className="import-error-detail">
          <BilingualText text={fillText(text.readerSays, { detail: message })} />
        </p>
      )}
    </>
  );
}

/** What is being read, as one line with its percentage. */
function ReadingLine() {
  const reading = useImportedModelStore((state) => state.reading);
  if (!reading) return null;
  const percent = Math.round(reading.fraction * 100);
  return (
    <div className="import-progress">
      <p>
        <BilingualText
          text={fillText(reading.phase === 'reading' ? text.reading : text.decoding, { name: reading.name, percent })}
        />
      </p>
      <progress max={100} value={percent} aria-label={reading.name} />
    </div>
  );
}

/** The modules found in the imported file, one to choose, and the cell to show. */
function ModuleChoice({ onShown }: { onShown: () => void }) {
  const [language] = useShownLanguages();
  const file = useImportedModelStore((state) => state.file);
  const modules = useImportedModelStore((state) => state.modules);
  const refused = useImportedModelStore((state) => state.refused);
  const chosen = useImportedModelStore((state) => state.chosen);
  const [cell, setCell] = useState(0);
  const [refusal, setRefusal] = useState<string>();
  const layerId = useId();
  const module = modules[chosen];
  if (!file || !module) return null;
  const cells = cellsOf(module);
  const [layer, direction] = cells[Math.min(cell, cells.length - 1)]!;
  const show = (where: 'explorer' | 'sequence') => {
    const why = where === 'sequence' ? showImportedNetwork() : showImportedCell(layer, direction);
    setRefusal(why);
    if (!why) onShown();
  };
  return (
    <div className="import-modules">
      <fieldset>
        <legend>
          <BilingualText text={fillText(text.modulesFound, { name: file.name })} />
        </legend>
        {modules.map((found, index) => (
          <label key={found.prefix} className="import-module">
            <input
              type="radio"
              name="imported-module"
              checked={index === chosen}
              onChange={() => {
                importedModelStore.getState().chooseModule(index);
                setCell(0);
                setRefusal(undefined);
              }}
            />
            {found.prefix ? <code>{found.prefix}</code> : <BilingualText text={text.wholeModule} />}{' '}
            <code>{describeModule(found.module, found.config)}</code>{' '}
            <BilingualText text={fillText(text.parameters, { count: found.parameterCount.toLocaleString('en') })} />
          </label>
        ))}
      </fieldset>
      {refused.map((module) => (
        <div key={module.prefix} className="import-refused">
          <Refusal
            lead={text.moduleRefused}
            values={{ prefix: module.prefix || file.name }}
            message={module.reason}
            problem={module.problem}
          />
        </div>
      ))}
      <div className="import-show">
        {cells.length > 1 && (
          <>
            <label htmlFor={layerId}>
              <BilingualText text={text.layer} />
            </label>
            <select id={layerId} value={cell} onChange={(event) => setCell(Number(event.currentTarget.value))}>
              {cells.map(([layer, direction], index) => (
                <option key={index} value={index}>
                  {layer}
                  {direction === 1 ? ` (${text.reverse[language]})` : ''}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" className="action-button" onClick={() => show('explorer')}>
          <BilingualText text={explorerOfModule(module.module) === 'lstm' ? text.showLstm : text.showGru} />
        </button>
        {networkRefusal(module) === undefined && (
          <button type="button" className="action-button" onClick={() => show('sequence')}>
            <BilingualText text={text.showSequence} />
          </button>
        )}
        <button
          type="button"
          className="action-button"
          onClick={() => {
            showImportedShapes();
            onShown();
          }}
        >
          <BilingualText text={text.showShapes} />
        </button>
      </div>
      {refusal && (
        <p className="import-error" role="alert">
          <BilingualText text={fillText(text.moduleRefused, { prefix: module.prefix || file.name, reason: refusal })} />
        </p>
      )}
    </div>
  );
}

/**
 * The dialog that opens the reader's own PyTorch weights: a file picker (or a drop anywhere on the
 * page), the reading's progress, the recurrent modules found, and the lines of Python that save a
 * state_dict. A file that cannot be read is named with why; the weights shown before stay.
 */
export function ImportDialog() {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const open = useImportedModelStore((state) => state.dialogOpen);
  const error = useImportedModelStore((state) => state.error);
  const missing = useImportedModelStore((state) => state.missing);
  const [language] = useShownLanguages();
  const close = () => importedModelStore.getState().showDialog(false);
  useModalDialog(dialog, open);
  const openFile = (file: File | undefined) => {
    if (file) void openImportedModel(file);
  };
  return (
    <dialog ref={dialog} className="app-dialog import-dialog" aria-labelledby={titleId} onClose={close}>
      {open && (
        <>
          <div className="import-head">
            <h2 id={titleId}>
              <BilingualText text={text.dialogTitle} stacked />
            </h2>
            <button type="button" className="action-button" onClick={close}>
              <BilingualText text={text.close} />
            </button>
          </div>
          <BilingualParagraph text={text.lead} />
          <div className="import-example">
            <h3>
              <BilingualText text={text.exampleTitle} />
            </h3>
            <p>
              <strong>
                <BilingualText text={trainedExampleText.name} />
              </strong>{' '}
              <BilingualText text={trainedExampleText.task} />
            </p>
            <button type="button" className="action-button" onClick={() => void openTrainedExample()}>
              <BilingualText text={text.openExample} />
            </button>
          </div>
          <div className="import-pick">
            <button type="button" className="action-button" onClick={() => picker.current?.click()}>
              <BilingualText text={text.choose} />
            </button>
            <input
              ref={picker}
              type="file"
              accept={ACCEPTED}
              hidden
              aria-label={text.choose[language]}
              onChange={(event) => {
                openFile(event.currentTarget.files?.[0]);
                // The same file picked again is read again.
                event.currentTarget.value = '';
              }}
            />
            <span className="import-drop-hint">
              <BilingualText text={text.dropHere} />
            </span>
          </div>
          {missing && (
            <p className="import-missing" role="status">
              <BilingualText
                text={
                  missing.explorer === 'sequence'
                    ? fillText(text.missingSequence, { file: missing.file, hash: missing.hash })
                    : fillText(text.missingFile, {
                        file: missing.file,
                        hash: missing.hash,
                        layer: missing.layer,
                        explorer: missing.explorer === 'lstm' ? 'LSTM' : 'GRU',
                      })
                }
              />
            </p>
          )}
          <ReadingLine />
          {error && (
            <div className="import-error" role="alert">
              <Refusal
                lead={text.refusedFile}
                values={{ name: error.file }}
                message={error.message}
                problem={error.problem}
              />
              <p>
                <BilingualText text={text.keptModel} />
              </p>
            </div>
          )}
          <ModuleChoice onShown={close} />
          <BilingualParagraph className="import-stays" text={text.stays} />
          <h3>
            <BilingualText text={text.saveTitle} />
          </h3>
          <pre className="python-lines">
            <code>{SAVE_STATE_DICT_PYTHON}</code>
          </pre>
        </>
      )}
    </dialog>
  );
}
