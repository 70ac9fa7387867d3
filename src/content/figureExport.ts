import type { Bilingual } from './bilingual';

/** The words of the "Export figure" control beside each diagram, and of the figures it makes. */
export const figureExportText = {
  group: { en: 'Export figure', zh: '导出图' },
  svgName: { en: 'Export figure as SVG', zh: '导出为 SVG 图' },
  pngName: { en: 'Export figure as PNG', zh: '导出为 PNG 图' },
  frames: { en: 'Frames', zh: '逐帧' },
  framesName: {
    en: 'Export every time step as numbered PNG frames (ZIP)',
    zh: '将每个时间步导出为编号的 PNG 帧（ZIP）',
  },
  working: { en: 'Preparing the figure…', zh: '正在生成图…' },
  frameOf: { en: 'Frame {frame} of {count}…', zh: '第 {frame} 帧，共 {count} 帧…' },
  done: { en: 'Figure saved: {file}', zh: '图已保存：{file}' },
  failed: { en: 'The figure could not be made: {reason}', zh: '无法生成图：{reason}' },
  /** The sequence figure's caption after the timeline's name: the step shown. */
  stepShown: { en: 'step t = {t}', zh: '时间步 t = {t}' },
} as const satisfies Record<string, Bilingual>;
