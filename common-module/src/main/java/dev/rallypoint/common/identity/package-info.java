/**
 * Identity vocabulary shared by every service.
 */
package dev.rallypoint.common.identity;
