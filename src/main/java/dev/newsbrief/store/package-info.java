/** The embedded SQLite database: schema migrations and one small class per table. The only package that knows SQL. */
package dev.newsbrief.store;
