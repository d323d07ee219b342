package dev.newsbrief.feeds;

/**
 * What one poll cycle did.
 *
 * @param feedsPolled  feeds fetched (whatever the answer)
 * @param itemsNew     items seen for the first time
 * @param alertsQueued 'alert' rows queued
 * @param failures     feeds whose poll failed
 */
public record PollReport(int feedsPolled, int itemsNew, int alertsQueued, int failures) {
  PollReport plus(PollReport o) {
    return new PollReport(feedsPolled + o.feedsPolled, itemsNew + o.itemsNew, alertsQueued + o.alertsQueued,
        failures + o.failures);
  }
}
