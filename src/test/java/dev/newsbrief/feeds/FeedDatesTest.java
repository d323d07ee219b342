package dev.newsbrief.feeds;

import static dev.newsbrief.feeds.FeedFixtures.FETCHED_AT;
import static dev.newsbrief.feeds.FeedFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

  @Test
  void readsRfc822DatesWithNamedZones() throws Exception {
    List<FeedItem> items = parse("rss2-no-guids.xml", null, "https://paper.example.com/rss").items();

    assertEquals(Instant.parse("2026-01-12T17:00:00Z"), items.get(0).published(), "PST");
    assertEquals(Instant.parse("2026-01-12T14:00:00Z"), items.get(1).published(), "EST");
    assertEquals(Instant.parse("2026-01-12T08:00:00Z"), items.get(2).published(), "CET");
  }

  @Test
  void localizedMonthNamesAndFutureDatesGiveTheFetchTime() throws Exception {
    List<FeedItem> items = parse("rss2-no-guids.xml", null, "https://paper.example.com/rss").items();

    assertEquals(FETCHED_AT, items.get(3).published(), "janv.");
    assertEquals(FETCHED_AT, items.get(4).published(), "2100");
    assertEquals(FETCHED_AT, items.get(5).published(), "no date");
  }

  @Test
  void keepsPlausibleDatesAndReplacesPlaceholders() {
    Instant yesterday = FETCHED_AT.minusSeconds(86_400);
    assertEquals(yesterday, FeedDates.orFetchTime(yesterday, FETCHED_AT));
    assertEquals(FETCHED_AT, FeedDates.orFetchTime(Instant.EPOCH, FETCHED_AT));
    assertEquals(FETCHED_AT, FeedDates.orFetchTime(FETCHED_AT.plusSeconds(60), FETCHED_AT));
    assertEquals(FETCHED_AT, FeedDates.orFetchTime(null, FETCHED_AT));
  }

  @Test
  void readsTheDateFormsJsonFeedsUse() {
    Instant expected = Instant.parse("2026-01-21T21:02:44Z");
    assertEquals(expected, FeedDates.parseText("2026-01-21T16:02:44-05:00"));
    assertEquals(expected, FeedDates.parseText("2026-01-21 21:02:44Z"));
    assertEquals(expected, FeedDates.parseText("Wed, 21 Jan 2026 21:02:44 GMT"));
    assertEquals(expected, FeedDates.parseText(String.valueOf(expected.getEpochSecond())));
    assertEquals(expected, FeedDates.fromEpoch(expected.toEpochMilli()), "milliseconds");
    assertNull(FeedDates.parseText("21. Januar 2026"));
    assertNull(FeedDates.parseText(" "));
  }
}
