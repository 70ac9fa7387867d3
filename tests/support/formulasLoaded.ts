import { loadFormulas } from '../../src/components/shared/typesetFormula';

// Component tests see their formulas typeset at once, as a page does once KaTeX has arrived;
// tests/components/shared/Formula.test.tsx covers the wait for it.
await loadFormulas();
