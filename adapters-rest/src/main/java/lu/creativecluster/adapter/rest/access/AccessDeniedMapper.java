package lu.creativecluster.adapter.rest.access;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.problem.Challenges;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Answers a refusal of the application layer: 401 with a bearer challenge when nobody is
 * authenticated, 403 otherwise; a partner is told which scope the operation needs, as the
 * operation's OpenAPI security requirement declares it.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  @Context SecurityContext securityContext;
  @Context ResourceInfo resourceInfo;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(AccessDeniedException e) {
    Actor actor = CallerActor.of(securityContext);
    if (actor.kind() == Actor.Kind.VISITOR) {
      return Response.fromResponse(
              ProblemResponses.of(
                  Response.Status.UNAUTHORIZED,
                  ProblemType.ABOUT_BLANK,
                  "Unauthorized",
                  "Present a bearer token (partner systems) or sign in (people).",
                  uriInfo))
          .header(Challenges.HEADER, Challenges.bearer())
          .build();
    }
    Response.ResponseBuilder forbidden =
        Response.fromResponse(
            ProblemResponses.of(
                Response.Status.FORBIDDEN,
                ProblemType.ABOUT_BLANK,
                "Forbidden",
                detail(e),
                uriInfo));
    Set<String> scopes = requiredScopes();
    if (actor.kind() == Actor.Kind.PARTNER && !scopes.isEmpty()) {
      forbidden.header(Challenges.HEADER, Challenges.insufficientScope(scopes));
    }
    return forbidden.build();
  }

  private static String detail(AccessDeniedException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "You may not do this." : message;
  }

  /** The scopes the matched operation declares for partner tokens (method first, then class). */
  private Set<String> requiredScopes() {
    if (resourceInfo == null) {
      return Set.of();
    }
    Set<String> scopes = partnerScopes(resourceInfo.getResourceMethod());
    return scopes.isEmpty() ? partnerScopes(resourceInfo.getResourceClass()) : scopes;
  }

  static Set<String> partnerScopes(AnnotatedElement element) {
    Set<String> scopes = new LinkedHashSet<>();
    if (element == null) {
      return scopes;
    }
    Arrays.stream(element.getAnnotationsByType(SecurityRequirement.class))
        .filter(r -> RestApplication.PARTNER_TOKEN.equals(r.name()))
        .forEach(r -> scopes.addAll(Arrays.asList(r.scopes())));
    return scopes;
  }
}
