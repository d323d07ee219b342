package dev.newsbrief.extract;

/**
 * One reference the article itself cites (its trailing "Sources:" / "信息来源:" list).
 * Any field may be null when the article does not give it.
 */
public record Source(String title, String publisher, String date, String url) {
}
