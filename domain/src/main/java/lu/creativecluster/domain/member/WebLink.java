package lu.creativecluster.domain.member;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** Value type: an absolute http or https address on the web (a website, a social profile). */
public record WebLink(URI url) {

  private static final int MAX_LENGTH = 500;

  public WebLink {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("a web link starts with https:// or http://");
    }
    if (url.getHost() == null || url.getHost().isBlank() || url.getRawUserInfo() != null) {
      throw new IllegalArgumentException("a web link names a host and no user");
    }
    if (url.toString().length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a web link has at most " + MAX_LENGTH + " characters");
    }
  }

  /**
   * @throws IllegalArgumentException if the text is not an absolute http(s) URL
   */
  public static WebLink parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new WebLink(new URI(text.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a web address: " + e.getReason(), e);
    }
  }

  /** The host without scheme and without a leading {@code www.}, lower case: who runs the site. */
  public String host() {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  @Override
  public String toString() {
    return url.toString();
  }
}
