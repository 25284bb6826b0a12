/**
 * Club audiences: the members who follow a club or booked there lately, kept from notice-service's and
 * court-service's events.
 */
package dev.rallypoint.notification.audience;
