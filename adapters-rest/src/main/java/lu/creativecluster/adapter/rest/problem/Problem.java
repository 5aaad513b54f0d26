package lu.creativecluster.adapter.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: an RFC 9457 problem details object, the body of every error answer.
 *
 * @param invalidParams the request fields that were wrong, so a client can point at them
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
public record Problem(
    @Schema(description = "URI identifying the problem type", example = ProblemType.UNKNOWN_SECTOR)
        String type,
    @Schema(description = "Short summary of the problem type", example = "Unknown sector")
        String title,
    @Schema(description = "HTTP status code", example = "404") int status,
    @Schema(description = "Explanation of this occurrence") String detail,
    @Schema(description = "The request path this problem occurred on") String instance,
    @Schema(description = "The request parameters that were wrong, if any")
        List<InvalidParam> invalidParams) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    invalidParams =
        invalidParams == null || invalidParams.isEmpty() ? null : List.copyOf(invalidParams);
  }
}
