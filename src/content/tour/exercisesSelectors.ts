import type { ChoiceExerciseText, TaskExerciseText } from './tourTypes';

// Exercises of the chapter "Gates as selectors". Every option's feedback says why it is right or
// where its reasoning goes wrong, so a wrong answer teaches as much as a right one. The dock puts
// the verdict ("Right." / "Not yet.") above the feedback, so the feedback never starts with one.

const sigmoidRange: ChoiceExerciseText = {
  kind: 'choice',
  prompt: {
    en: 'Why do all three gates use a sigmoid as the activation of their output layer?',
    zh: '为什么三个门的输出层都用 sigmoid 作为激活函数？',
  },
  options: [
    {
      text: {
        en: 'Its output always lies between 0 and 1, so multiplying by it keeps, shrinks or erases each entry.',
        zh: '它的输出总在 0 和 1 之间，逐元素乘上它，就能把每个分量保留、缩小或抹去。',
      },
      correct: true,
      feedback: {
        en: 'A gate is a selector whose output multiplies another vector position by position. Values between 0 and 1 can keep or shrink an entry but never flip or enlarge it. Near an input of 0 the output is in between (σ(0) = 0.5, σ(1) ≈ 0.73, σ(2) ≈ 0.88); only a large input, positive or negative, reaches the flat ends of the curve, where the gate is almost fully open (near 1) or shut (near 0).',
        zh: '门是一个选择器，它的输出要与另一个向量逐位置相乘。0 到 1 之间的值只能保留或缩小某个分量，既不会改变它的符号，也不会把它放大。输入在 0 附近时，输出处在中间（σ(0) = 0.5，σ(1) ≈ 0.73，σ(2) ≈ 0.88）；只有很大的输入（无论正负）才会到达曲线两端的平坦区域，这时门几乎完全打开（接近 1）或完全关上（接近 0）。',
      },
    },
    {
      text: {
        en: 'It is cheaper to compute than any other activation, and a gate is computed again at every time step.',
        zh: '它比其他任何激活函数都算得快，而门在每一个时间步都要重新计算。',
      },
      correct: false,
      feedback: {
        en: 'Speed is not the reason: a sigmoid costs about as much as tanh, which the {candidateMemory} uses anyway. What matters is the range of its output, because a selector has to lie between 0 and 1.',
        zh: '速度不是原因：sigmoid 的计算量和 tanh 差不多，而{candidateMemory}本来就在用 tanh。关键在于输出的范围，因为选择器的值必须在 0 和 1 之间。',
      },
    },
    {
      text: {
        en: 'Like tanh, its output runs from −1 to 1, so a gate can keep an entry, erase it, or even reverse its sign.',
        zh: '它和 tanh 一样输出 −1 到 1 之间的值，所以门既能保留或抹去一个分量，也能把它的符号反过来。',
      },
      correct: false,
      feedback: {
        en: 'That range belongs to tanh, the activation of the {candidateMemory}. A sigmoid never goes below 0. A gate with negative values would flip what it selects instead of simply keeping or erasing it.',
        zh: '−1 到 1 是 tanh 的范围，那是{candidateMemory}用的激活函数。sigmoid 的输出永远不会小于 0。如果门能取负值，它就会把选中的内容翻转符号，而不是单纯地保留或抹去。',
      },
    },
    {
      text: {
        en: 'Its output goes above 1 for large inputs, so multiplying by it lets the memory grow and store more.',
        zh: '输入很大时它的输出会超过 1，所以乘上它能让记忆变大，存下更多内容。',
      },
      correct: false,
      feedback: {
        en: 'It never goes above 1: however large the input, a sigmoid stays below 1, so multiplying by a gate can only keep or shrink what is there. The {cellState} grows only through what the {inputGate} lets in.',
        zh: '它的输出永远不会超过 1：无论输入多大，sigmoid 都小于 1，所以乘上门只能保留或缩小已有的内容。{cellState}要变大，只能靠{inputGate}放进来的新内容。',
      },
    },
  ],
};

const whichGateForgets: ChoiceExerciseText = {
  kind: 'choice',
  prompt: {
    en: 'You want the cell to forget its old C. Which gate’s bias do you push, and in which direction?',
    zh: '你想让单元忘掉旧的 C。应该调哪个门的偏置？往哪个方向调？',
  },
  options: [
    {
      text: {
        en: 'The {forgetGate}’s bias, down, so that f goes to 0 in every unit.',
        zh: '{forgetGate}的偏置，往下调，让每个神经元的 f 都趋近 0。',
      },
      correct: true,
      feedback: {
        en: 'f multiplies the old C entry by entry. A large negative bias drives the sigmoid towards 0 in every unit, so f ⊙ Cₜ₋₁ vanishes and nothing of the old memory reaches the new C.',
        zh: 'f 与旧的 C 逐元素相乘。很大的负偏置会把每个神经元的 sigmoid 都压向 0，于是 f ⊙ Cₜ₋₁ 几乎为零，旧记忆一点也进不了新的 C。',
      },
    },
    {
      text: {
        en: 'The {outputGate}’s bias, down, so that h no longer shows anything of C.',
        zh: '{outputGate}的偏置，往下调，让 h 里再也看不到 C 的内容。',
      },
      correct: false,
      feedback: {
        en: 'That hides the memory but does not erase it. With o near 0, h shows almost nothing of C, yet C itself is handed on unchanged to the next step, where it can be read again.',
        zh: '这样只是把记忆藏起来，并没有擦掉它。o 接近 0 时，h 中几乎看不到 C 的内容，但 C 本身会原样传到下一步，之后仍然可以被读取。',
      },
    },
    {
      text: {
        en: 'The {inputGate}’s bias, down, so that nothing of x is written into C.',
        zh: '{inputGate}的偏置，往下调，让 x 的内容不再写进 C。',
      },
      correct: false,
      feedback: {
        en: 'That stops writing, not remembering: i ⊙ g goes to 0, so nothing new enters C. The old memory is still carried over by f ⊙ Cₜ₋₁, so nothing is forgotten.',
        zh: '这样停掉的是写入，而不是记忆：i ⊙ g 趋近 0，没有新内容进入 C。旧记忆仍然通过 f ⊙ Cₜ₋₁ 被带到下一步，所以什么也没有忘掉。',
      },
    },
    {
      text: {
        en: 'The {forgetGate}’s bias, up, so that f goes to 1 and the gate is fully on.',
        zh: '{forgetGate}的偏置，往上调，让 f 趋近 1，这个门完全打开。',
      },
      correct: false,
      feedback: {
        en: 'Right gate, wrong direction. A higher bias drives f towards 1, which keeps the old C almost whole: the very opposite of forgetting. The cell forgets when this gate closes, not when it opens.',
        zh: '门选对了，方向反了。偏置调高会让 f 趋近 1，旧的 C 几乎被完整保留，这恰好与遗忘相反。这个门关上时单元才会遗忘，打开时则是保留。',
      },
    },
  ],
};

const makeItForget: TaskExerciseText = {
  kind: 'task',
  prompt: {
    en: 'Use the bias slider of the {forgetGate} to bring f below 0.1 in every unit.',
    zh: '用{forgetGate}的偏置滑块，把每个神经元的 f 都降到 0.1 以下。',
  },
  notYet: {
    en: 'Not yet: the largest f is still {largest}. Keep lowering that bias.',
    zh: '还没完成：目前最大的 f 仍是 {largest}。继续把这个偏置调低。',
  },
  done: {
    en: 'Done: every f is below 0.1, so f ⊙ Cₜ₋₁ is close to 0 and the old memory is all but gone. At the update stage the new C is now almost exactly i ⊙ g, only what this step writes.',
    zh: '完成了：每个 f 都小于 0.1，所以 f ⊙ Cₜ₋₁ 接近 0，旧记忆几乎全部消失。到了更新阶段，新的 C 几乎就等于 i ⊙ g，只剩下这一步写入的内容。',
  },
};

const holdMemory: ChoiceExerciseText = {
  kind: 'choice',
  prompt: {
    en: 'In every unit f ≈ 1 and i ≈ 0. What happens to C over 20 steps?',
    zh: '在所有神经元上，f ≈ 1 且 i ≈ 0。20 步之后，C 会怎样？',
  },
  options: [
    {
      text: {
        en: 'It stays almost exactly at C0, the value it started from.',
        zh: '它几乎原封不动地停留在起始时的值 C0 上。',
      },
      correct: true,
      feedback: {
        en: 'Each step computes Cₜ = f ⊙ Cₜ₋₁ + i ⊙ g: with f ≈ 1 the old value is carried over nearly whole, and with i ≈ 0 almost nothing is added. The C line stays flat at C0.',
        zh: '每一步都计算 Cₜ = f ⊙ Cₜ₋₁ + i ⊙ g：f ≈ 1 时旧值几乎被完整带过去，i ≈ 0 时几乎没有新内容加进来。所以 C 线在 C0 处保持平直。',
      },
    },
    {
      text: {
        en: 'It decays step by step towards 0, as old memories fade.',
        zh: '它一步一步衰减到 0，就像旧的记忆逐渐淡去。',
      },
      correct: false,
      feedback: {
        en: 'That is what happens when f is near 0, or clearly below 1: each step multiplies the memory by a small number. Here f ≈ 1 multiplies it by almost exactly 1, so it is kept.',
        zh: '那是 f 接近 0，或明显小于 1 时的情形：每一步都把记忆乘上一个较小的数。这里 f ≈ 1，相当于每一步乘的几乎正好是 1，所以记忆被保留下来。',
      },
    },
    {
      text: {
        en: 'It follows the input x, which arrives anew at every step.',
        zh: '它跟着每一步新来的输入 x 一起变化。',
      },
      correct: false,
      feedback: {
        en: 'For the input to reach C it has to be written, and writing needs an open {inputGate}. With i ≈ 0, i ⊙ g is about 0 whatever x does.',
        zh: '输入要进入 C，必须先被写入，而写入需要{inputGate}打开。i ≈ 0 时，不管 x 怎么变，i ⊙ g 都约等于 0。',
      },
    },
    {
      text: {
        en: 'It keeps growing, since each step adds the old C to itself again.',
        zh: '它会不断增大，因为每一步都把旧的 C 再加到自己身上。',
      },
      correct: false,
      feedback: {
        en: 'The old C is not added to itself: it is multiplied by f, which never exceeds 1, so that term cannot push it further from 0. C can only grow through what is added, i ⊙ g, and with i ≈ 0 that is almost nothing.',
        zh: '旧的 C 并没有加到自己身上，而是乘上了 f；f 永远不超过 1，所以这一项不可能让它离 0 更远。C 只能靠加进来的 i ⊙ g 变大，而 i ≈ 0 时这一项几乎为零。',
      },
    },
  ],
};

/** The exercises of the chapter "Gates as selectors", keyed by exercise id. */
export const selectorExercises = {
  sigmoidRange,
  whichGateForgets,
  makeItForget,
  holdMemory,
} as const satisfies {
  sigmoidRange: ChoiceExerciseText;
  whichGateForgets: ChoiceExerciseText;
  makeItForget: TaskExerciseText;
  holdMemory: ChoiceExerciseText;
};
