import { useEffect } from 'react';
import { useModelLayerStore } from '../../store/modelLayerStore';

/**
 * Runs a view's `recompute` once the view is shown with the model layer up, if it has not
 * computed yet: heavy first runs (the comparison's pulses, the sequence's trace) are never
 * start-up work for the other views.
 * @param computed True once the store holds a result or an error.
 */
export function useComputeWhenShown(computed: boolean, recompute: () => void): void {
  const modelLayerReady = useModelLayerStore((state) => state.status.phase === 'ready');
  useEffect(() => {
    if (modelLayerReady && !computed) recompute();
  }, [modelLayerReady, computed, recompute]);
}
