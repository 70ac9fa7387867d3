import { useTourStore } from '../store/tourStore';
import { concealedFigures, type ConcealedFigure } from '../store/tourScript';

/** True while the tour's current step hides `figure`, because its unsolved exercise asks for it. */
export function useConcealed(figure: ConcealedFigure): boolean {
  return useTourStore((state) => concealedFigures(state).includes(figure));
}
