/** Fetching untrusted article URLs safely: one guarded OkHttp client, limits, redirects and charset decoding. */
package dev.newsbrief.fetch;
