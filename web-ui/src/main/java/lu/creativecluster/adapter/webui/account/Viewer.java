package lu.creativecluster.adapter.webui.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import lu.creativecluster.adapter.webui.security.SessionSignIn;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;

/**
 * Web adapter: who is looking at the page, as {@code #{viewer}}: a visitor or a signed-in person
 * (their name for the header, their roles for the navigation), and the {@link Actor} that backing
 * beans pass to use cases. The authentication mechanism establishes the caller; this only reads it.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  private final HttpServletRequest request;
  private final SessionSignIn sessions;
  private Actor actor;

  /** For CDI's client proxy only. */
  protected Viewer() {
    this(null, null);
  }

  @Inject
  public Viewer(HttpServletRequest request, SessionSignIn sessions) {
    this.request = request;
    this.sessions = sessions;
  }

  /** The caller for use cases: the signed-in person, or a visitor. */
  public Actor actor() {
    if (actor == null) {
      actor = resolve();
    }
    return actor;
  }

  public boolean isSignedIn() {
    return actor().kind() == Actor.Kind.PERSON;
  }

  /** The signed-in person's name, for the header; empty for a visitor. */
  public String getDisplayName() {
    return actor().displayName();
  }

  /** Staff (and admins) see the staff area: the container's role check decides. */
  public boolean isStaff() {
    return inRole(Role.STAFF.code());
  }

  public boolean isAdmin() {
    return inRole(Role.ADMIN.code());
  }

  /** Whether the viewer may open a page, so that a page only links what opens. */
  public boolean mayOpen(Page page) {
    return page.audience().admits(isSignedIn(), this::inRole);
  }

  private boolean inRole(String code) {
    return request.getUserPrincipal() != null && request.isUserInRole(code);
  }

  /**
   * The person the security adapter knows (principal or session). A caller it does not know but the
   * container does (staff signed in through OIDC, when an operator switches to it) is rebuilt from
   * the principal's name and the container's role checks.
   */
  private Actor resolve() {
    Actor known = sessions.currentActor();
    if (known.kind() != Actor.Kind.VISITOR) {
      return known.kind() == Actor.Kind.PERSON ? known : Actor.visitor();
    }
    Principal principal = request.getUserPrincipal();
    Actor caller =
        Actor.fromPrincipalName(
            principal == null ? null : principal.getName(), request::isUserInRole, List.of());
    // Pages serve people; a partner system's token opens no page of its own.
    return caller.kind() == Actor.Kind.PERSON ? caller : Actor.visitor();
  }
}
