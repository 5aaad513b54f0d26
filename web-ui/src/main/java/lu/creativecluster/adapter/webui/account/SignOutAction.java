package lu.creativecluster.adapter.webui.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import lu.creativecluster.adapter.webui.security.SessionSignIn;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.adapter.webui.site.SiteContext;

/**
 * Backing bean: the header's sign-out button. The session ends (the security adapter records it in
 * the audit log), and the person lands on the home page as a visitor.
 */
@Named("signOut")
@RequestScoped
public class SignOutAction {

  /**
   * {@code Sec-Fetch-Site} values of a post from our own pages. The sign-out form of an error page
   * carries no view state, so this (with the SameSite session cookie) keeps other sites from
   * signing people out.
   */
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private final SessionSignIn sessions;
  private final HttpServletRequest request;
  private final SiteContext site;

  /** For CDI's client proxy only. */
  protected SignOutAction() {
    this(null, null, null);
  }

  @Inject
  public SignOutAction(SessionSignIn sessions, HttpServletRequest request, SiteContext site) {
    this.sessions = sessions;
    this.request = request;
    this.site = site;
  }

  public void signOut() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (!fromOwnSite(request.getHeader("Sec-Fetch-Site"))) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    sessions.signOut(request);
    external.redirect(request.getContextPath() + LocalizedPath.home(site.language()).path());
  }

  /** Browsers that send no {@code Sec-Fetch-Site} are trusted to the SameSite cookie alone. */
  static boolean fromOwnSite(String secFetchSite) {
    return secFetchSite == null || OWN_SITE.contains(secFetchSite);
  }
}
