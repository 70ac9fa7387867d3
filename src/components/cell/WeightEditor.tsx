import { useId, useState } from 'react';
import { fillTemplate } from '../shared/fillText';
import type { WeightHeatMapLabels } from './WeightHeatMap';

/** Reads what a reader typed: accepts −, full-width digits and a decimal comma; undefined if not a finite number. */
export function parseWeight(text: string): number | undefined {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/[−－]/g, '-')
    .replace(/[．，,]/g, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

interface EditorProps {
  label: string;
  initial: string;
  labels: WeightHeatMapLabels;
  range: { min: number; max: number };
  onApply: (value: number) => void;
  onCancel: () => void;
}

/** The field that edits one weight: Enter applies a valid number, Escape cancels. */
export function WeightEditor({ label, initial, labels, range, onApply, onCancel }: EditorProps) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const inputId = useId();
  const problemId = useId();
  return (
    <form
      className="weight-heat-map-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const value = parseWeight(text);
        if (value === undefined) setProblem(labels.notANumber);
        else if (value < range.min || value > range.max) {
          const signed = (bound: number) => String(bound).replace('-', '−');
          setProblem(fillTemplate(labels.outOfRange, { min: signed(range.min), max: signed(range.max) }));
        } else onApply(value);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        // The editor opens because the reader asked to edit this weight: the field is where they go.
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        value={text}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setProblem(undefined);
        }}
      />
      <button type="submit">{labels.apply}</button>
      <button type="button" onClick={onCancel}>
        {labels.cancel}
      </button>
      {problem && (
        <p id={problemId} role="alert" className="weight-heat-map-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
