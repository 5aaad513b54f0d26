package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: the links every page carries (navigation, language switch, alternates), worked out
 * from the page being shown without a container.
 *
 * @param language the language being shown
 * @param page the page being shown; {@code null} on error pages, whose language switch then leads
 *     to the home page
 * @param contextPath the application's context path ({@code ""} at the root)
 * @param origin scheme, host and port, such as {@code https://creativecluster.example}, for
 *     absolute URLs
 */
public record SiteLinks(Language language, Page page, String contextPath, String origin) {

  public SiteLinks {
    Objects.requireNonNull(language, "language");
    contextPath = contextPath == null ? "" : contextPath;
    origin = origin == null ? "" : origin;
  }

  public String href(Page target) {
    return contextPath + new LocalizedPath(language, target).path();
  }

  public List<NavigationLink> navigation() {
    return Arrays.stream(Page.values())
        .map(p -> new NavigationLink(p.labelKey(), href(p), p == page))
        .toList();
  }

  /** The shown page in every language, in the order of {@link Language}. */
  public List<LanguageLink> languages() {
    LocalizedPath here = new LocalizedPath(language, page == null ? Page.HOME : page);
    return Arrays.stream(Language.values()).map(l -> link(here.in(l))).toList();
  }

  /** The shown page in the other languages; none for an error page. */
  public List<LanguageLink> alternates() {
    if (page == null) {
      return List.of();
    }
    return languages().stream().filter(l -> !l.current()).toList();
  }

  /** The full URL of the shown page, or empty on an error page. */
  public String canonical() {
    return page == null ? "" : origin + href(page);
  }

  private LanguageLink link(LocalizedPath target) {
    String href = contextPath + target.path();
    Language l = target.language();
    return new LanguageLink(l.code(), "language." + l.code(), href, origin + href, l == language);
  }
}
