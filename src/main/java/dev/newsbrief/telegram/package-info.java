/** Telegram updates in, messages out: link finding, commands, rendering to Telegram HTML. The only package that knows Telegram types. */
package dev.newsbrief.telegram;
