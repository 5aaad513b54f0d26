package lu.creativecluster.adapter.rest.list;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: one value of a facet and how many results choosing it would leave. */
@Schema(name = "FacetValue")
@JsonbPropertyOrder({"value", "count"})
public record FacetValueDto(
    @Schema(
            required = true,
            description = "As in the filter parameter: a sector code, country, language or kind",
            example = "design")
        String value,
    @Schema(required = true, example = "12") long count) {}
