package lu.creativecluster.adapter.rest.event;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.event.RegistrationRefusedException.Reason;

/**
 * Answers a refused registration, cancellation or attendance check with the status its reason calls
 * for (an unknown link is a 404, members only a 403, the rest a 409), naming the reason so a
 * partner can tell the person why; nothing was changed.
 */
@Provider
public class RegistrationRefusedMapper implements ExceptionMapper<RegistrationRefusedException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(RegistrationRefusedException e) {
    Reason reason = e.reason();
    Response.Status status =
        switch (reason) {
          case UNKNOWN_REGISTRATION -> Response.Status.NOT_FOUND;
          case MEMBERS_ONLY -> Response.Status.FORBIDDEN;
          default -> Response.Status.CONFLICT;
        };
    return ProblemResponses.of(
        status,
        ProblemType.REGISTRATION_REFUSED,
        "Registration refused",
        detail(reason),
        uriInfo,
        List.of(new InvalidParam(field(reason), code(reason))));
  }

  static String code(Reason reason) {
    return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String field(Reason reason) {
    return switch (reason) {
      case ALREADY_REGISTERED -> "email";
      case UNKNOWN_REGISTRATION, ALREADY_CANCELLED -> "cancellationToken";
      case NOT_CONFIRMED, TOO_EARLY_FOR_ATTENDANCE -> "registration";
      default -> "event";
    };
  }

  private static String detail(Reason reason) {
    return switch (reason) {
      case ALREADY_REGISTERED -> "This address (or account) is registered for the event already.";
      case DEADLINE_PASSED -> "The registration deadline of this event has passed.";
      case MEMBERS_ONLY -> "This event is for members: sign in with a member account.";
      case EVENT_STARTED -> "The event has begun: registrations can no longer be cancelled.";
      case ALREADY_CANCELLED -> "This registration is cancelled already.";
      case NOT_CONFIRMED -> "Only a confirmed registration can be marked as attended.";
      case TOO_EARLY_FOR_ATTENDANCE -> "Attendance is recorded from the event's day on.";
      case UNKNOWN_REGISTRATION -> "No registration has this token (or id).";
    };
  }
}
