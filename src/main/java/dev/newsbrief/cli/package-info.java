/** The command line and the composition root: parses arguments, loads config, wires every package, owns shutdown. */
package dev.newsbrief.cli;
