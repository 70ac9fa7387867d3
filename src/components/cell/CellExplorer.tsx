import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { captionLines, FigureExport, type FigureRequest } from '../shared/FigureExport';
import type { CellExplorerUi } from './cellExplorerUi';
import { fillText } from '../shared/fillText';
import { ImportedCellNote } from './ImportedCellNote';
import { ModelControls } from './ModelControls';
import { StageSlotsContext } from './stageSlots';
import { SliderTray } from './SliderTray';
import { SliderTrayToggle } from './SliderTrayToggle';
import { useCrowdedStage } from './useCrowdedStage';
import { useMoreBelow } from './useMoreBelow';
import { useRevealStage } from './useRevealStage';
import { useScreenTop } from './useScreenTop';
import { useShownLanguages } from '../shared/useShownLanguages';
import { useSliderTray } from './useSliderTray';
import { WalkthroughControls } from './WalkthroughControls';
import { WeightMaps } from './WeightMaps';
import { withTerms } from '../shared/withTerms';
import { useWarmUpWhenIdle } from '../shared/useWarmUpWhenIdle';
import './CellExplorer.css';

interface CellExplorerProps<Gate extends string, Explanation> {
  ui: CellExplorerUi<Gate, Explanation>;
  /** Names the section for styles and tests, and the files it exports. */
  kind: 'lstm' | 'gru';
  stageCount: number;
  /**
   * The diagram and the stage's rule (a StepLayout): drawn at once with the step's inputs, and its
   * computed numbers once the model layer has explained the step.
   */
  stepView: ReactNode;
  /** Settings that only this cell has, before the model's. */
  extraControls?: ReactNode;
}

/**
 * A cell explorer's frame, the same for LSTM and GRU. First screen: the walkthrough bar, then the
 * diagram with the stage's rule and numbers under it and, beside them, the sliders that move it
 * (x, h, C and the bias shifts), sized together to the height the page leaves. Below: the stage's
 * longer words, the model's settings and the weight maps. On a phone the sliders follow the rule,
 * and a button in the walkthrough bar opens them in a tray under the diagram (useSliderTray).
 */
export function CellExplorer<Gate extends string, Explanation>({
  ui,
  kind,
  stageCount,
  stepView,
  extraControls,
}: CellExplorerProps<Gate, Explanation>) {
  const languages = useShownLanguages();
  const [language] = languages;
  const headingId = useId();
  const stageRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const trayToggleRef = useRef<HTMLButtonElement>(null);
  const [titleSlot, setTitleSlot] = useState<HTMLElement | null>(null);
  const [notesSlot, setNotesSlot] = useState<HTMLElement | null>(null);
  const slots = useMemo(() => ({ title: titleSlot, notes: notesSlot }), [titleSlot, notesSlot]);
  const stage = ui.useExplorer((state) => state.stage);
  const nextStage = ui.useExplorer((state) => state.nextStage);
  const previousStage = ui.useExplorer((state) => state.previousStage);
  const ready = ui.useExplorer((state) => state.explanation !== undefined);
  const warmUp = ui.useExplorer((state) => state.warmUp);
  const error = ui.useExplorer((state) => state.error);
  const hiddenSize = ui.useExplorer((state) => state.hiddenSize);
  const inputSize = ui.useExplorer((state) => state.inputSize);
  useWarmUpWhenIdle(ready, warmUp);
  useScreenTop(stageRef);
  useMoreBelow(controlsRef);
  useCrowdedStage(stageRef, [languages.join(), hiddenSize, inputSize, ready]);
  const moves = useRevealStage(stageRef, stage, nextStage, previousStage);
  const tray = useSliderTray(controlsRef, stageRef, trayToggleRef, ui.notation.gates);
  // The diagram as shown at the click: the stage lit, with its number and title as the caption.
  const figure = (): FigureRequest | undefined => {
    const root = stageRef.current?.querySelector('.cell-diagram');
    const shown = ui.stages[stage];
    if (!root || !shown) return undefined;
    return {
      source: {
        root,
        caption: captionLines(
          languages,
          (language) => `${ui.text.heading[language]} · ${stage + 1}/${stageCount} ${shown.title[language]}`,
        ),
      },
      nameParts: [kind, shown.id],
    };
  };
  return (
    <section className={`cell-explorer ${kind}-explorer`} aria-labelledby={headingId}>
      <ImportedCellNote ui={ui} />
      <div className="walkthrough-bar">
        <h2 id={headingId}>
          <BilingualText text={ui.text.heading} stacked />
        </h2>
        <div role="group" aria-label={commonText.walkthrough[language]}>
          <WalkthroughControls stage={stage} total={stageCount} {...moves} />
        </div>
        <div className="stage-title-slot" ref={setTitleSlot} />
        <FigureExport figure={figure} compact />
        <SliderTrayToggle tray={tray} buttonRef={trayToggleRef} />
      </div>
      {error && (
        <p className="explorer-error" role="alert">
          <BilingualText text={fillText(commonText.refused, { reason: error })} />
        </p>
      )}
      <div className="explorer-stage" ref={stageRef}>
        <StageSlotsContext.Provider value={slots}>{!error && stepView}</StageSlotsContext.Provider>
        <SliderTray ui={ui} tray={tray} boxRef={controlsRef} />
      </div>
      <div className="stage-notes" ref={setNotesSlot} />
      <div className="explorer-about">
        <BilingualParagraph text={withTerms(ui.text.intro)} />
        <p className="keys-hint">
          <BilingualText text={commonText.keysHint} />
        </p>
      </div>
      <div className="explorer-controls">
        {extraControls}
        <ModelControls ui={ui} kind={kind} />
      </div>
      {ready && <WeightMaps ui={ui} />}
      <p className="share-hint">
        <BilingualText text={commonText.shareLink} />
      </p>
    </section>
  );
}
