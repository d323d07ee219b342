/** Polling RSS/Atom/JSON feeds, matching items to topics, remembering what was seen. */
package dev.newsbrief.feeds;
