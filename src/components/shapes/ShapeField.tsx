import { useId, useState } from 'react';
import { readField, type FieldProblem, type ShapesNumberField } from '../../store/shapes/shapesSettings';
import { shapesStore, useShapesStore } from '../../store/shapes/shapesStore';
import { FieldProblemNote } from './FieldProblemNote';

/** The field's own text while it differs from the store (being typed, or not taken). */
interface Draft {
  text: string;
  /** The store's value when the draft was typed: a change from elsewhere (a preset) drops the draft. */
  over: number;
  problem?: FieldProblem;
}

/**
 * One numeric constructor argument or input size, named as PyTorch names it. What is typed is
 * taken as soon as it is valid; otherwise it stays in the field, a message beside it says why, and
 * the page keeps the last good value.
 */
export function ShapeField({
  field,
  label,
  disabled = false,
}: {
  field: ShapesNumberField;
  /** PyTorch's name for it, as code, or words. */
  label: React.ReactNode;
  disabled?: boolean;
}) {
  const id = useId();
  const value = useShapesStore((state) => state[field]);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const current = draft && draft.over === value ? draft : undefined;
  const problem = current?.problem;
  return (
    <div className="shape-field" data-invalid={problem ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={field === 'dropout' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={current ? current.text : String(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          const state = shapesStore.getState();
          const reading = readField(state, field, text);
          if ('value' in reading) {
            state.setNumber(field, reading.value);
            // Text such as "05" or "0.50" reads as its value; the field keeps what was typed until it loses focus.
            setDraft({ text, over: shapesStore.getState()[field] });
          } else setDraft({ text, over: value, problem: reading.problem });
        }}
        onBlur={() => {
          if (!current?.problem) setDraft(undefined);
        }}
      />
      <FieldProblemNote problem={problem} id={`${id}-problem`} />
    </div>
  );
}
