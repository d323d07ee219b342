package dev.newsbrief.extract;

/**
 * What a page says about itself in meta tags, JSON-LD and links; any field may be null.
 *
 * @param articleBody JSON-LD {@code articleBody}, the publisher's own copy of the text
 * @param description the page's own summary (og:description, meta description)
 */
record PageMetadata(
    String title,
    String siteName,
    String byline,
    String published,
    String language,
    String canonicalUrl,
    String imageUrl,
    String articleBody,
    String description) {
}
