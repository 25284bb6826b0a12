/**
 * The waitlist for taken slots: members wait for a court's slot or any free slot of a court or club in
 * a window; a freed slot is held for the first waiter only, as a time-boxed offer they pay or decline.
 */
package dev.rallypoint.court.waitlist;
