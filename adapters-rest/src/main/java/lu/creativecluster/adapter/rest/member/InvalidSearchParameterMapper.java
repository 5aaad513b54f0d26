package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;

/**
 * Answers a search parameter the directory refuses (malformed, unknown value, out of range) with
 * the API's 400 invalid-parameter problem naming it, and what a valid value looks like. The value
 * itself is not echoed.
 */
@Provider
public class InvalidSearchParameterMapper
    implements ExceptionMapper<InvalidSearchParameterException> {

  private static final String COUNTRY = "ISO 3166-1 alpha-2 country codes such as LU";

  static final Map<String, String> VALID =
      Map.ofEntries(
          Map.entry(
              "q",
              "at most " + MemberSearchQuery.MAX_Q_LENGTH + " characters, no control characters"),
          Map.entry("sector", "codes of the cluster's sectors (GET /api/v1/sectors)"),
          Map.entry("country", COUNTRY),
          Map.entry("market", COUNTRY),
          Map.entry("wants", COUNTRY),
          Map.entry("language", "BCP 47 language tags such as de, lb or pt-BR"),
          Map.entry("kind", "any of: freelancer, company, association, institution"),
          Map.entry("keyword", "keywords of 2 to 40 characters"),
          Map.entry("status", "any of: applied, active, rejected, suspended, left, merged, erased"),
          Map.entry("sort", "one of: relevance, name, newest"),
          Map.entry("page", "a whole number from 0 to " + MemberSearchQuery.MAX_PAGE),
          Map.entry("size", "a whole number from 1 to " + MemberSearchQuery.MAX_SIZE));

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidSearchParameterException e) {
    String name = e.parameter();
    String reason =
        "must be "
            + VALID.getOrDefault(name, "a valid value")
            + "; each filter at most "
            + MemberSearchQuery.MAX_VALUES_PER_FILTER
            + " times, q, sort, page and size once";
    return ProblemResponses.of(
        Response.Status.BAD_REQUEST,
        ProblemType.INVALID_PARAMETER,
        "Invalid request parameter",
        "The search parameter '" + name + "' cannot be used as given.",
        uriInfo,
        List.of(new InvalidParam(name, reason)));
  }
}
