package lu.creativecluster.adapter.rest.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: one request parameter that was wrong, and why. */
@Schema(name = "InvalidParam")
public record InvalidParam(
    @Schema(description = "Name of the parameter, header or field", example = "lang") String name,
    @Schema(description = "What a valid value looks like", example = "must be one of: de, fr, en")
        String reason) {}
