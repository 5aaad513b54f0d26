package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.Optional;

/**
 * Web adapter: the public pages that exist, each with its URL slug (after the language) and the
 * Faces view that renders it. A page is only linked once it is listed here.
 */
public enum Page {
  HOME("home", "", "/home.xhtml"),
  SECTORS("sectors", "sectors", "/sectors.xhtml");

  private final String key;
  private final String slug;
  private final String viewId;

  Page(String key, String slug, String viewId) {
    this.key = key;
    this.slug = slug;
    this.viewId = viewId;
  }

  /** Names the page in the message bundle ({@code nav.<key>}, {@code <key>.title}). */
  public String key() {
    return key;
  }

  /** The path segment after the language; empty for the home page ({@code /de/}). */
  public String slug() {
    return slug;
  }

  public String viewId() {
    return viewId;
  }

  /** The bundle key of the page's name in the main navigation. */
  public String labelKey() {
    return "nav." + key;
  }

  public static Optional<Page> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  public static Optional<Page> fromSlug(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }

  public static Optional<Page> fromViewId(String viewId) {
    return Arrays.stream(values()).filter(p -> p.viewId.equals(viewId)).findFirst();
  }
}
