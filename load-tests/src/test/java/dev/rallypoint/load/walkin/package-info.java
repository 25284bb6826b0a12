/** Walk-in status polls through the gateway (docs/walk-in.md). */
package dev.rallypoint.load.walkin;
