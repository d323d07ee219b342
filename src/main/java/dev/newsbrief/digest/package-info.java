/** The one place where fetch, extract and summarize meet: a URL in, a cached {@link dev.newsbrief.digest.Brief} out. */
package dev.newsbrief.digest;
