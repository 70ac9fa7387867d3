import { shellText } from '../../content/app/shell';
import { useModelLayerStore } from '../../store/modelLayerStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';

/** One line saying whether the model layer is ready and how it computes: WebAssembly or plain JavaScript. */
export function ModelLayerStatus() {
  const status = useModelLayerStore((state) => state.status);
  const text =
    status.phase === 'loading'
      ? shellText.modelLayerLoading
      : status.phase === 'failed'
        ? fillText(shellText.modelLayerFailed, { reason: status.reason })
        : status.backend === 'wasm'
          ? shellText.modelLayerWasm
          : shellText.modelLayerCpu;
  return (
    <p role="status" className="model-layer-status" data-phase={status.phase}>
      <BilingualText text={text} />
    </p>
  );
}
