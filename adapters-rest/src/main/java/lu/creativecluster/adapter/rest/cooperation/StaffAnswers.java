package lu.creativecluster.adapter.rest.cooperation;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;

/**
 * REST adapter: what the staff cooperation operations answer alike. Every record staff change
 * carries a strong ETag of its stored version; a change must send it in If-Match (428 without it,
 * 412 when someone changed the record meanwhile: GET again, reapply, retry), so no one's change is
 * overwritten unseen. Staff answers hold contacts and motivations and are never stored by caches.
 */
final class StaffAnswers {

  private StaffAnswers() {}

  static String etag(String kind, String id, long version) {
    return EntityTags.strong(kind, id, Long.toString(version));
  }

  static Response.ResponseBuilder ok(Object body, String etag) {
    return Response.ok(body).header(HttpHeaders.ETAG, etag).cacheControl(PrivateAnswers.noStore());
  }

  /** 428 without If-Match, 412 when its tag is not the current one; null when the edit may go. */
  static Response precondition(String ifMatch, String current, UriInfo uriInfo, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return ProblemResponses.of(
          Response.Status.fromStatusCode(428),
          ProblemType.PRECONDITION_REQUIRED,
          "Precondition Required",
          "Send the ETag of the "
              + what
              + " you edited in If-Match, so no one else's change is overwritten unseen.",
          uriInfo,
          List.of(new InvalidParam(EntityTags.IF_MATCH, "is required: the ETag GET answered")));
    }
    if (!EntityTags.matches(ifMatch, current)) {
      return stale(uriInfo, what);
    }
    return null;
  }

  static Response stale(UriInfo uriInfo, String what) {
    return ProblemResponses.of(
        Response.Status.PRECONDITION_FAILED,
        ProblemType.STALE_VERSION,
        "Precondition Failed",
        "The "
            + what
            + " changed since you read it. GET it again, reapply your change, and send the new"
            + " ETag.",
        uriInfo,
        List.of(new InvalidParam(EntityTags.IF_MATCH, "must be the " + what + "'s current ETag")));
  }

  /**
   * 409: the If-Match tag was current when checked, but another change was saved in the same moment
   * (the store compares versions under a row lock), so this one was not.
   */
  static Response collision(UriInfo uriInfo, String what) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.STALE_VERSION,
        "Conflict",
        "The "
            + what
            + " was changed by someone else at the same moment; nothing was saved. GET it again,"
            + " reapply your change, and send the new ETag.",
        uriInfo);
  }

  /** 409: the change breaks a rule of the mission's life (its status, its capacity). */
  static Response conflict(UriInfo uriInfo, RuntimeException rule) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.MISSION_RULE,
        "Conflict",
        String.valueOf(rule.getMessage()),
        uriInfo);
  }

  /**
   * Reading staff records is for staff; the changes are refused by the use cases themselves. A
   * person's roles decide (admins hold staff's rights); a partner system never is staff.
   */
  static void requireStaff(Actor actor, String what) {
    if (actor.kind() != Actor.Kind.PERSON || !(actor.has(Role.STAFF) || actor.has(Role.ADMIN))) {
      throw new AccessDeniedException("only staff " + what);
    }
  }
}
