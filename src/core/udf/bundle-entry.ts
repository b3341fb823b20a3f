/**
 * The entry of the warehouse bundle's code (scripts/build-udf.mjs bundles it with esbuild into
 * one script, dist/udf/ladder-core.js, that defines `LadderCore`): the warehouse functions and
 * nothing else, with no Node API, so that it runs in any JavaScript engine.
 */
export { createUdfFunctions } from './functions.js';
