package lu.creativecluster.adapter.rest.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.application.port.in.audit.RecordAuditEventUseCase;
import lu.creativecluster.domain.access.Actor;

/**
 * REST adapter: records every API call by a partner system that changed data (any method but the
 * safe ones, answered with success), so no future write endpoint can forget its audit entry. The
 * use cases of people record their own actions.
 */
@Provider
@ApplicationScoped
public class PartnerChangeAuditFilter implements ContainerResponseFilter {

  /** The audit action of a partner's changing call; the target says which method and path. */
  public static final String PARTNER_CHANGE = "partner-api.change";

  private static final Logger LOG = Logger.getLogger(PartnerChangeAuditFilter.class.getName());
  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, "TRACE");

  @Inject RecordAuditEventUseCase recordAuditEvent;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Actor actor = CallerActor.of(request.getSecurityContext());
    if (!changedData(actor, request.getMethod(), response.getStatus())) {
      return;
    }
    String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath();
    try {
      recordAuditEvent.record(actor, PARTNER_CHANGE, target, servletRequest.getRemoteAddr());
    } catch (RuntimeException e) {
      // The change is already committed; the partner gets its answer, operators get the alarm.
      LOG.log(Level.SEVERE, "Could not audit " + printable(actor.getName()) + " " + target, e);
    }
  }

  /** A token subject is the partner's text: it must not start a forged log line. */
  private static String printable(String text) {
    return text.replaceAll("\\p{Cntrl}", "?");
  }

  static boolean changedData(Actor actor, String method, int status) {
    return actor.kind() == Actor.Kind.PARTNER
        && !SAFE_METHODS.contains(method)
        && Response.Status.Family.familyOf(status) == Response.Status.Family.SUCCESSFUL;
  }
}
