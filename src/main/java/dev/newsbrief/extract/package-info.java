/** Turning a page's HTML (or plain text) into an {@link dev.newsbrief.extract.Article}: main text, metadata, sources. Pure: no I/O. */
package dev.newsbrief.extract;
