/** The configuration file and environment, parsed once into immutable, validated records. */
package dev.newsbrief.config;
