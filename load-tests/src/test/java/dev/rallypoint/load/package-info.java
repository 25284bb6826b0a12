/**
 * Gatling simulations against a platform started by {@code bin/rallypoint up}, one per benchmark of
 * {@code docs/benchmarks.md}; each feature adds its own sub-package.
 */
package dev.rallypoint.load;
