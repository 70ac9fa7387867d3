import type { Bilingual } from '../content/bilingual';
import { shellText } from '../content/shell';
import { useModelLayerStore } from '../store/modelLayerStore';
import { BilingualText } from './BilingualText';

function fill(text: Bilingual, reason: string): Bilingual {
  return { en: text.en.replace('{reason}', reason), zh: text.zh.replace('{reason}', reason) };
}

/** One line saying whether the model layer is ready and how it computes: WebAssembly or plain JavaScript. */
export function ModelLayerStatus() {
  const status = useModelLayerStore((state) => state.status);
  const text =
    status.phase === 'loading'
      ? shellText.modelLayerLoading
      : status.phase === 'failed'
        ? fill(shellText.modelLayerFailed, status.reason)
        : status.backend === 'wasm'
          ? shellText.modelLayerWasm
          : shellText.modelLayerCpu;
  return (
    <p role="status" className="model-layer-status" data-phase={status.phase}>
      <BilingualText text={text} />
    </p>
  );
}
