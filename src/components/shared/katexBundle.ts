// KaTeX and its stylesheet in one chunk of their own, which typesetFormula.ts imports on demand
// (the first formula shown, or prefetchFormulas): no view's first paint waits for them. Vite
// resolves the dynamic import only once the stylesheet has loaded too, so a formula is never
// typeset without its styles. Import nothing from here statically.
import katex from 'katex';
import 'katex/dist/katex.min.css';

export default katex;
