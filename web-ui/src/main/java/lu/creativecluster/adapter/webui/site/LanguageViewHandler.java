package lu.creativecluster.adapter.webui.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: forms post back to the page's own language URL ({@code /de/sign-in?next=...}), not
 * to its view ({@code /sign-in.xhtml}), so the postback passes {@link LanguagePathFilter} like the
 * first request, keeps its language and query, and the address bar stays bookmarkable. Views that
 * are no page (error pages) hold only the stateless sign-out form, which posts to the sign-out
 * page.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    return urlOf(context, viewId, isShown(context, viewId))
        .orElseGet(() -> super.getActionURL(context, viewId));
  }

  /**
   * The language URL a view is reached at.
   *
   * @param withQuery whether to keep the query string of the current request
   * @return empty outside a servlet request
   */
  static Optional<String> urlOf(FacesContext context, String viewId, boolean withQuery) {
    if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
      return Optional.empty();
    }
    Language language = SiteRequest.language(request);
    String contextPath = context.getExternalContext().getRequestContextPath();
    Optional<Page> page = Page.fromViewId(viewId);
    if (page.isEmpty()) {
      return Optional.of(contextPath + new LocalizedPath(language, Page.SIGN_OUT).path());
    }
    String member = page.get().hasMember() ? SiteRequest.member(request) : "";
    if (page.get().hasMember() && member.isEmpty()) {
      return Optional.empty();
    }
    String url = contextPath + new LocalizedPath(language, page.get(), member).path();
    String query = SiteRequest.query(request);
    return Optional.of(withQuery && !query.isEmpty() ? url + "?" + query : url);
  }

  /** Only the page being shown keeps the query it was asked with. */
  private static boolean isShown(FacesContext context, String viewId) {
    UIViewRoot root = context.getViewRoot();
    return root != null && viewId.equals(root.getViewId());
  }
}
