/**
 * The model layer's computing half: tfjs, its backends and everything that runs a network. The
 * app never imports this file statically; {@link ./lazyCompute} loads it on demand (after the
 * first paint), so the first view's bytes carry no tfjs.
 */
export { activeBackend, initBackend, liveTensorCount } from './backend';
export { createRecurrentModel } from './recurrentModel';
export { cachedRecurrentModel } from './modelCache';
export { pulseMemory } from './pulseMemory';
