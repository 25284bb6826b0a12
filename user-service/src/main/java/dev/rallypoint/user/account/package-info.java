/**
 * Accounts: sign-up, profiles, passwords, withdrawal, roles, court manager applications and their
 * administration.
 */
package dev.rallypoint.user.account;
