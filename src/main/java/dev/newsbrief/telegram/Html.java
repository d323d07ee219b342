package dev.newsbrief.telegram;

/** Telegram HTML: escaping scraped text, and turning our own HTML back into plain text. */
public final class Html {
  private Html() {
  }

  /**
   * {@code text} safe inside Telegram HTML: only {@code & < > "} are escaped, as the Bot API expects, and half of
   * a surrogate pair without its partner becomes U+FFFD, since a message must be valid UTF-8.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            // pages write them as numeric entities (&#55357;), and jsoup decodes those as they are
            out.append(Character.isSurrogate(c) ? '\ufffd' : c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The visible text of HTML we rendered ourselves: tags dropped, the four entities decoded, and a link's
   * address kept after its text ("Original article (https://…)") so nothing a reader needs is lost.
   */
  public static String toPlain(String html) {
    String linked = html.replaceAll("<a href=\"([^\"]*)\">([^<]*)</a>", "$2 ($1)");
    String noTags = linked.replaceAll("<[^>]*>", "");
    return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
