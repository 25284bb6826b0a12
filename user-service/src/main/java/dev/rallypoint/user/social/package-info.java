/**
 * Social login (OAuth 2 authorization code with PKCE) with configurable providers such as Google and
 * Kakao; the frontend receives a one-time code and exchanges it for our tokens, never a token in a URL.
 */
package dev.rallypoint.user.social;
