/**
 * The fault suite's steady load (holds, payments, queue joins through the gateway), driven by
 * {@code load-tests/faults/run-faults.sh} while it kills and pauses parts of the local platform.
 */
package dev.rallypoint.load.faults;
