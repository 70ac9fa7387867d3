import type { IndexHtmlTransformContext } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type OutputChunk = Extract<Bundle[string], { type: 'chunk' }>;

/**
 * The module of each view that loads on demand (the `lazyViews` of src/components/app/App.tsx),
 * by its name in a link's `view=`, relative to the project root. The course is in the first view.
 */
export const LAZY_VIEW_MODULES = {
  lstm: 'src/components/lstm/LstmExplorer.tsx',
  gru: 'src/components/gru/GruExplorer.tsx',
  sequence: 'src/components/sequence/SequenceView.tsx',
  compare: 'src/components/compare/CompareView.tsx',
  shapes: 'src/components/shapes/ShapesView.tsx',
  lab: 'src/components/lab/LabView.tsx',
  about: 'src/components/app/AboutView.tsx',
} as const;

/** What a view's chunk needs beyond the first view's scripts, as paths on the server. */
export interface ViewFiles {
  scripts: string[];
  styles: string[];
}

/**
 * For each view of {@link LAZY_VIEW_MODULES}, its chunk, the chunks it imports (not those in
 * `loaded`, the first view's) and their stylesheets: what a link straight to that view can fetch
 * beside the first view's scripts instead of after them. Throws for a view whose module the
 * bundle has no chunk for, so a renamed view cannot silently lose its head start.
 */
export function lazyViewFiles(bundle: Bundle, loaded: ReadonlySet<string>): Record<string, ViewFiles> {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files: Record<string, ViewFiles> = {};
  for (const [view, module] of Object.entries(LAZY_VIEW_MODULES)) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/${module}`));
    if (!chunk) throw new Error(`The build has no chunk for the ${view} view's ${module}: update LAZY_VIEW_MODULES.`);
    const needed = new Set<OutputChunk>();
    const visit = (next: OutputChunk | undefined) => {
      if (!next || needed.has(next) || loaded.has(`/${next.fileName}`)) return;
      needed.add(next);
      for (const imported of next.imports) visit(byFile.get(imported));
    };
    visit(chunk);
    files[view] = {
      scripts: [...needed].map((each) => `/${each.fileName}`),
      styles: [...new Set([...needed].flatMap((each) => [...(each.viteMetadata?.importedCss ?? [])]))].map(
        (css) => `/${css}`,
      ),
    };
  }
  return files;
}
