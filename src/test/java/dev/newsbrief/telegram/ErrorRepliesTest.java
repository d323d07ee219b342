package dev.newsbrief.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbrief.fetch.FetchException;
import dev.newsbrief.fetch.FetchException.Reason;
import org.junit.jupiter.api.Test;

class ErrorRepliesTest {
  @Test
  void aHugeContentTypeMadeAnErrorReplyTooLongToSend() {
    // Found by BadInputPropertiesTest: a 9,000-character Content-Type went whole into the reply.
    FetchException huge = new FetchException(Reason.UNSUPPORTED_TYPE, "https://x.example/", 0,
        "x/" + "y".repeat(9000), "not an article", null);
    FetchException pdf = new FetchException(Reason.UNSUPPORTED_TYPE, "https://x.example/", 0, "application/pdf",
        "not an article", null);

    String reply = ErrorReplies.forFailure(Texts.of("en"), huge);

    assertEquals("That link isn't a web page (x/" + "y".repeat(97) + "…). Send a link to an article.", reply);
    assertEquals("That link isn't a web page (application/pdf). Send a link to an article.",
        ErrorReplies.forFailure(Texts.of("en"), pdf));
  }
}
