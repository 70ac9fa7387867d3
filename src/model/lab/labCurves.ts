import type { LabPoint, LabProgress } from './labProtocol';
import type { LabKind } from './labShapes';

/** One model's whole training run so far: every step's loss and every held-out accuracy. */
export interface LabCurve {
  losses: LabPoint[];
  accuracies: LabPoint[];
}

/** The curves of every model in a run, by kind. */
export type LabCurves = Partial<Record<LabKind, LabCurve>>;

/**
 * `curves` with `progress`'s new points appended, as a new object (the old one is not changed,
 * so a store can keep both). A report at step 0 starts the curves over: the run was configured or
 * reset. A kind no longer in the run is dropped.
 */
export function appendLabCurves(curves: LabCurves, progress: LabProgress): LabCurves {
  const restart = progress.step === 0;
  return Object.fromEntries(
    progress.models.map((model) => {
      const old = restart ? undefined : curves[model.kind];
      return [
        model.kind,
        {
          losses: old ? [...old.losses, ...model.losses] : model.losses,
          accuracies: old ? [...old.accuracies, ...model.accuracies] : model.accuracies,
        },
      ];
    }),
  );
}
