package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: what the layout needs to know about the request as {@code #{site}}: its language and
 * page (set by {@link LanguagePathFilter}), the links built from them, and whether the view keeps
 * state. Error pages reached without the filter take the language of the failed URL, or else {@code
 * Accept-Language}.
 */
@Named("site")
@RequestScoped
public class SiteContext {

  private final HttpServletRequest request;
  private final PublicUrl publicUrl;
  private SiteLinks links;

  /** For CDI's client proxy only. */
  protected SiteContext() {
    this(null, null);
  }

  @Inject
  public SiteContext(HttpServletRequest request, PublicUrl publicUrl) {
    this.request = request;
    this.publicUrl = publicUrl;
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

  /**
   * For {@code <f:view transient>}: whether the view keeps no state. Error pages and the sign-out
   * page never do (their sign-out form posts to the sign-out page, see {@link
   * LanguageViewHandler}); other pages keep state when they hold a form.
   */
  public boolean isTransientView() {
    Page page = links().page();
    return page == null || !page.keepsViewState(isSignedIn());
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
   * The path of a page about one member in the current language: {@code
   * #{site.memberHref('memberProfile', card.slug())}} gives {@code /en/members/atelier-nord}.
   */
  public String memberHref(String pageKey, String memberSlug) {
    return links().href(Page.fromKey(pageKey).orElseThrow(() -> unknownPage(pageKey)), memberSlug);
  }

  /** The member's slug of the page being shown, or empty. */
  public String getMember() {
    return links().member();
  }

  /**
   * A place on a page: {@code #{site.sectionHref('sectors', card.code())}} gives {@code …#music}.
   */
  public String sectionHref(String pageKey, String fragment) {
    return pageHref(pageKey) + "#" + fragment;
  }

  /**
   * The main navigation: the pages listed there that the caller may open, as the container knows
   * the caller (the same check as {@link LanguagePathFilter}'s guard).
   */
  public List<NavigationLink> getNavigation() {
    return links().navigation(page -> page.audience().admits(isSignedIn(), request::isUserInRole));
  }

  /**
   * Whether a person is signed in: the container knows the caller with one of the people's roles. A
   * partner system's token carries scopes instead, and must not get a session from a page.
   */
  private boolean isSignedIn() {
    return request.getUserPrincipal() != null
        && Arrays.stream(Role.values()).anyMatch(role -> request.isUserInRole(role.code()));
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
      links =
          new SiteLinks(
              SiteRequest.language(request),
              SiteRequest.page(request).orElse(null),
              request.getContextPath(),
              publicUrl.origin(),
              SiteRequest.query(request),
              SiteRequest.member(request));
    }
    return links;
  }

  private static IllegalArgumentException unknownPage(String pageKey) {
    return new IllegalArgumentException("no page with key " + pageKey);
  }
}
