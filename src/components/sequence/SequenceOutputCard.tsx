import { useId, type FocusEvent } from 'react';
import { sequenceOutputsText } from '../../content/sequence/sequenceOutputs';
import type { SequenceOutputName } from '../../store/sequence/sequenceStore';
import { ROLE_COLORS } from '../../viz/colors';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { ConcealedValue } from '../shared/ConcealedValue';
import type { OutputCardContent } from './sequenceOutputCards';
import { ValueRow } from './ValueRow';

export interface SequenceOutputCardProps {
  card: OutputCardContent;
  hiddenSize: number;
  /** True while the timeline marks this result's sources. */
  highlighted: boolean;
  /** Shows a "?" for the shape while the tour's exercise asks for it. */
  concealShape?: boolean;
  /** Asks the timeline to mark this result's sources, or (undefined) to stop. */
  onHighlight: (output: SequenceOutputName | undefined) => void;
}

const ACCENTS = { h: ROLE_COLORS.hidden.strong, c: ROLE_COLORS.cell.strong } as const;

/**
 * One of PyTorch's results: its shape, where it comes from, its values at the selection and the
 * check that they are the traced cell states. Pointing at it or focusing it highlights its sources.
 */
export function SequenceOutputCard({
  card,
  hiddenSize,
  highlighted,
  concealShape = false,
  onHighlight,
}: SequenceOutputCardProps) {
  const titleId = useId();
  // Focus moving between the card and its value cells stays inside: no flicker of the highlight.
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onHighlight(undefined);
  };
  return (
    <article
      className={highlighted ? 'sequence-output-card is-highlighted' : 'sequence-output-card'}
      data-output={card.name}
      aria-labelledby={titleId}
      // Focusable itself, so a keyboard reader can highlight the sources without entering the cells.
      tabIndex={0}
      onPointerEnter={() => onHighlight(card.name)}
      onPointerLeave={() => onHighlight(undefined)}
      onFocus={() => onHighlight(card.name)}
      onBlur={onBlur}
    >
      <h4 id={titleId}>
        <BilingualText text={card.title} />
      </h4>
      <dl className="sequence-output-facts">
        <dt>
          <BilingualText text={sequenceOutputsText.shape} />
        </dt>
        <dd>
          <code className="sequence-output-shape">{concealShape ? <ConcealedValue /> : card.shape}</code>
        </dd>
        <dt>
          <BilingualText text={sequenceOutputsText.source} />
        </dt>
        <dd>
          <BilingualParagraph text={card.source} />
        </dd>
        <dt>
          <BilingualText text={sequenceOutputsText.values} />
        </dt>
        <dd>
          <code className="sequence-output-index">{card.index}</code>
        </dd>
      </dl>
      <div className="sequence-output-values">
        <ValueRow
          values={card.values}
          hiddenSize={hiddenSize}
          parts={card.parts}
          label={card.index}
          describe={(unit, value) => `${card.unitIndex(unit)} = ${value}`}
          accent={ACCENTS[card.state]}
        />
      </div>
      {card.notes.map((note) => (
        <BilingualParagraph key={note.en} text={note} className="sequence-output-note" />
      ))}
      {card.check ? (
        <BilingualParagraph
          text={card.check.text}
          className={card.check.passed ? 'sequence-output-check is-passed' : 'sequence-output-check is-failed'}
        />
      ) : (
        <BilingualParagraph text={sequenceOutputsText.pending} className="sequence-output-check is-pending" />
      )}
    </article>
  );
}
