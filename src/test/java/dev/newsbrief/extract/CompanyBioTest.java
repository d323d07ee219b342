package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanyBioTest {
  private static final String RELEASE = "<p>Ascom today announced a distribution partnership with GE Healthcare for"
      + " intensive care units across Europe, starting in the second quarter of next year.</p>"
      + "<p>The agreement covers alarm management software, which collects alerts from bedside devices and"
      + " routes them to the nurse responsible, cutting noise on the ward.</p>"
      + "<p>“Alarm fatigue is one of the top hazards in intensive care,” said the general manager, adding that"
      + " the partners had tested the system in three hospitals.</p>"
      + "<p>Hospitals will be able to order the solution through GE Healthcare’s sales teams in twelve"
      + " countries, with training and support from both companies.</p>";
  private static final String BIO = "<div class=text><hr><p>Ascom is a global solutions provider focused on"
      + " healthcare ICT and mobile workflow solutions, closing digital information gaps.</p><p>Ascom is"
      + " headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs 1,300 people.</p></div>";

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void pressReleaseLosesTheCompanyDescriptionAtItsEnd() {
    Article a = extractor.extract("<html><body><div class=content>" + RELEASE + BIO + "</div></body></html>",
        "https://www.ascom.com/news/partnership.html");
    assertEquals(4, a.paragraphs().size(), a.text());
    assertFalse(a.text().contains("global solutions provider"));
  }

  @Test
  void paragraphAboutAnotherCompanyStays() {
    Article a = extractor.extract("<html><body><div class=content>" + RELEASE + BIO + "</div></body></html>",
        "https://news.example.com/partnership.html");
    assertTrue(a.text().contains("global solutions provider"), a.text());
  }

  @Test
  void shortPieceKeepsItsLastParagraph() {
    String html = "<html><body><div class=content><p>Ascom today announced a distribution partnership with GE"
        + " Healthcare for intensive care units across Europe, starting next year.</p>"
        + "<p>Ascom is a supplier of alarm software and said the deal would double its sales in the region.</p>"
        + "</div></body></html>";
    assertTrue(extractor.extract(html, "https://www.ascom.com/n.html").text().contains("Ascom is a supplier"));
  }
}
