package dev.newsbrief.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Teasers of other posts after the article, in the shapes that leaked into the text on the dev corpus. */
class RelatedBoxTest {
  private static final String POST = "<p>Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida."
      + " Gostar é sentir com a alma, mas expressar os sentimentos depende das ideias de cada um, e cada um é o"
      + " único responsável pelas suas próprias necessidades, dizem os que estudam o assunto há muitos anos.</p>";
  private static final String TEASER = "<p>A vida requer da gente otimismo e coragem para esperar o melhor e fazer"
      + " o melhor acontecer. O pessimismo só faz engessar o sorriso e travar as articulações, não deixa ninguém"
      + " sair do lugar, e quem espera sempre alcança, como dizem os avós a quem quiser ouvir.</p>";

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void boxOpenedByARelatedPostsHeadingIsDropped() {
    StringBuilder teasers = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      teasers.append("<article class='post hentry'>").append(TEASER).append("</article>");
    }
    String html = "<html><body><main><article class='post hentry'>" + POST + "</article>"
        + "<article class='post hentry'><h3 class=relatedpoststitle>Você pode gostar...</h3>" + teasers
        + "</article></main></body></html>";
    Article a = extractor.extract(html, null);
    assertTrue(a.text().startsWith("Viver uma verdadeira"), a.text());
    assertFalse(a.text().contains("otimismo"), a.text());
  }

  @Test
  void relatedHeadingInAnotherLanguageEndsTheArticleEvenEarly() {
    String html = "<html><body><div class=entry>" + POST + POST + "<h3>Leia também</h3>" + TEASER + TEASER + TEASER
        + TEASER + "</div></body></html>";
    Article a = extractor.extract(html, null);
    assertTrue(a.text().startsWith("Viver uma verdadeira"), a.text());
    assertFalse(a.text().contains("otimismo"), a.text());
  }

  @Test
  void headingMentioningRelatedInsideTheStoryStays() {
    String html = "<html><body><div class=entry><h2 class=subtitle>Why related issues matter</h2>" + POST
        + "</div></body></html>";
    assertTrue(extractor.extract(html, null).text().contains("Viver uma verdadeira"));
  }
}
