import type { GateName, RecurrentModule } from '../../model';
import { GRU_STAGES, type GruStage } from '../gru/gruStages';
import { gruExplorerStore } from '../gru/gruExplorerStore';
import { LSTM_STAGES, type LstmStage } from '../lstm/lstmStages';
import { lstmExplorerStore } from '../lstm/lstmExplorerStore';
import { viewStore } from '../viewStore';

/** The LSTM walkthrough's stage that shows each gate: i and g both write into C in 'write'. */
const LSTM_GATE_STAGES: Readonly<Partial<Record<GateName, LstmStage>>> = {
  forget: 'forget',
  input: 'write',
  candidate: 'write',
  output: 'output',
};

/** The GRU walkthrough's stage of each gate. */
const GRU_GATE_STAGES: Readonly<Partial<Record<GateName, GruStage>>> = {
  reset: 'reset',
  update: 'update',
  candidate: 'candidate',
};

/**
 * The view and walkthrough stage that explain `gate` of `module`'s cell: the LSTM cell explorer
 * for nn.LSTM and nn.LSTMCell, the GRU one for nn.GRU and nn.GRUCell. Undefined for a gate the
 * cell lacks.
 */
export function gateStage(
  module: RecurrentModule,
  gate: GateName,
): { view: 'lstm' | 'gru'; stage: number } | undefined {
  if (module.startsWith('LSTM')) {
    const stage = LSTM_GATE_STAGES[gate];
    return stage && { view: 'lstm', stage: LSTM_STAGES.indexOf(stage) };
  }
  const stage = GRU_GATE_STAGES[gate];
  return stage && { view: 'gru', stage: GRU_STAGES.indexOf(stage) };
}

/** Opens the cell explorer of `module`'s cell on the walkthrough stage of `gate` (see {@link gateStage}). */
export function openGateStage(module: RecurrentModule, gate: GateName): void {
  const target = gateStage(module, gate);
  if (!target) return;
  const store = target.view === 'lstm' ? lstmExplorerStore : gruExplorerStore;
  store.getState().goToStage(target.stage);
  viewStore.getState().showView(target.view);
}
