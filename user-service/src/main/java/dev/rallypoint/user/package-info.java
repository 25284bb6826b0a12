/**
 * User service: accounts, roles, login and tokens, profiles, and the points wallet.
 */
package dev.rallypoint.user;
