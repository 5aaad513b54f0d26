package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
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
 * @param query the query string of the shown page without {@code ?} ({@code token=...} on the
 *     set-password page), kept by the language switch so a one-time link survives it; never part of
 *     canonical or alternate URLs
 */
public record SiteLinks(
    Language language, Page page, String contextPath, String origin, String query, String member) {

  /**
   * @param member the member's slug on a page about one member ({@code /en/members/atelier-nord}),
   *     else empty; kept by the language switch, the alternates and the canonical URL
   */
  public SiteLinks {
    Objects.requireNonNull(language, "language");
    member = member == null ? "" : member;
    contextPath = contextPath == null ? "" : contextPath;
    origin = origin == null ? "" : origin;
    query = query == null ? "" : query;
  }

  public SiteLinks(Language language, Page page, String contextPath, String origin, String query) {
    this(language, page, contextPath, origin, query, "");
  }

  public SiteLinks(Language language, Page page, String contextPath, String origin) {
    this(language, page, contextPath, origin, "", "");
  }

  public String href(Page target) {
    return contextPath + new LocalizedPath(language, target).path();
  }

  /** The path of a page about one member, in the shown language. */
  public String href(Page target, String memberSlug) {
    return contextPath + new LocalizedPath(language, target, memberSlug).path();
  }

  /** The public pages of the navigation, as a visitor sees them. */
  public List<NavigationLink> navigation() {
    return navigation(p -> p.audience() == Audience.EVERYONE);
  }

  /**
   * The navigation for one viewer.
   *
   * @param mayOpen whether the viewer may open a page; pages they may not open are not offered
   */
  public List<NavigationLink> navigation(Predicate<Page> mayOpen) {
    return Arrays.stream(Page.values())
        .filter(Page::inNavigation)
        .filter(mayOpen)
        .map(p -> new NavigationLink(p.labelKey(), href(p), p == page))
        .toList();
  }

  /** The shown page in every language, in the order of {@link Language}. */
  public List<LanguageLink> languages() {
    LocalizedPath here = here();
    String suffix = page == null || query.isEmpty() ? "" : "?" + query;
    return Arrays.stream(Language.values()).map(l -> link(here.in(l), suffix)).toList();
  }

  /** The shown page in the other languages; none for an error page. */
  public List<LanguageLink> alternates() {
    if (page == null) {
      return List.of();
    }
    LocalizedPath here = here();
    return Arrays.stream(Language.values())
        .filter(l -> l != language)
        .map(l -> link(here.in(l), ""))
        .toList();
  }

  /** The full URL of the shown page, or empty on an error page. */
  public String canonical() {
    return page == null ? "" : origin + contextPath + here().path();
  }

  /** The shown page; the home page stands in for an error page. */
  private LocalizedPath here() {
    if (page == null) {
      return LocalizedPath.home(language);
    }
    return new LocalizedPath(language, page, page.hasMember() ? member : "");
  }

  private LanguageLink link(LocalizedPath target, String suffix) {
    String href = contextPath + target.path();
    Language l = target.language();
    return new LanguageLink(
        l.code(), "language." + l.code(), href + suffix, origin + href, l == language);
  }
}
