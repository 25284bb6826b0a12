/**
 * Queue service: the virtual waiting room: queue tokens, positions and admission.
 */
package dev.rallypoint.queue;
