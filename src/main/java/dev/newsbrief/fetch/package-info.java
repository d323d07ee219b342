/**
 * Fetching untrusted URLs safely: one guarded OkHttp client, limits, redirects and charset decoding; pages
 * ({@link dev.newsbrief.fetch.PageFetcher}) and feeds with conditional GET ({@link dev.newsbrief.fetch.FeedFetcher}).
 */
package dev.newsbrief.fetch;
