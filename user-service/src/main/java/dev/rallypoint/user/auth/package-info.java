/**
 * Login and tokens: access tokens signed by rotating keys (published as a JWKS), refresh token
 * families, failed-login throttling, logout and service tokens.
 */
package dev.rallypoint.user.auth;
