/** Turning an article into a few key points. Pure: no I/O, no clock. */
package dev.newsbrief.summarize;
