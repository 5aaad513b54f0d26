package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: what the layout needs to know about the request as {@code #{site}}: its language and
 * page (set by {@link LanguagePathFilter}) and the links built from them. Error pages reached
 * without the filter fall back to {@code Accept-Language}.
 */
@Named("site")
@RequestScoped
public class SiteContext {

  private final HttpServletRequest request;
  private SiteLinks links;

  /** For CDI's client proxy only. */
  protected SiteContext() {
    this(null);
  }

  @Inject
  public SiteContext(HttpServletRequest request) {
    this.request = request;
  }

  /** The language the page is rendered in, for backing beans. */
  public Language language() {
    return links().language();
  }

  /** The language code, for {@code <html lang>}. */
  public String getLang() {
    return language().code();
  }

  /** The locale, for {@code <f:view locale>} and so for the message bundle. */
  public Locale getLocale() {
    return language().locale();
  }

  /** The key of the page being shown, or empty on an error page. */
  public String getPageKey() {
    Page page = links().page();
    return page == null ? "" : page.key();
  }

  public String getHomeHref() {
    return links().href(Page.HOME);
  }

  /**
   * The path of a page in the current language, by its key: {@code #{site.pageHref('sectors')}}.
   */
  public String pageHref(String pageKey) {
    return links().href(Page.fromKey(pageKey).orElseThrow(() -> unknownPage(pageKey)));
  }

  /**
   * A place on a page: {@code #{site.sectionHref('sectors', card.code())}} gives {@code …#music}.
   */
  public String sectionHref(String pageKey, String fragment) {
    return pageHref(pageKey) + "#" + fragment;
  }

  public List<NavigationLink> getNavigation() {
    return links().navigation();
  }

  public List<LanguageLink> getLanguageLinks() {
    return links().languages();
  }

  public List<LanguageLink> getAlternates() {
    return links().alternates();
  }

  public String getCanonicalHref() {
    return links().canonical();
  }

  private SiteLinks links() {
    if (links == null) {
      links = new SiteLinks(requestLanguage(), requestPage(), request.getContextPath(), origin());
    }
    return links;
  }

  private Language requestLanguage() {
    if (request.getAttribute(LanguagePathFilter.LANGUAGE_ATTRIBUTE) instanceof Language language) {
      return language;
    }
    return AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER));
  }

  private Page requestPage() {
    return request.getAttribute(LanguagePathFilter.PAGE_ATTRIBUTE) instanceof Page page
        ? page
        : null;
  }

  /** Scheme, host and port as the request reached us: the request URL without its path. */
  private String origin() {
    String url = request.getRequestURL().toString();
    String uri = request.getRequestURI();
    return url.endsWith(uri) ? url.substring(0, url.length() - uri.length()) : "";
  }

  private static IllegalArgumentException unknownPage(String pageKey) {
    return new IllegalArgumentException("no page with key " + pageKey);
  }
}
