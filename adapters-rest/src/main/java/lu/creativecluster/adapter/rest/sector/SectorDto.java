package lu.creativecluster.adapter.rest.sector;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: a sector of the creative industries, in one language. */
@Schema(name = "Sector")
@JsonbPropertyOrder({"code", "position", "lang", "name", "description", "naceClasses"})
public record SectorDto(
    @Schema(description = "Stable code, used in URLs", example = "music") String code,
    @Schema(description = "Position in the cluster's published order", example = "12") int position,
    @Schema(description = "Language of name and description", example = "en") String lang,
    @Schema(example = "Music") String name,
    @Schema(description = "One sentence on what the sector covers") String description,
    @Schema(
            description = "NACE Rev. 2 classes that usually fall in the sector",
            example = "[\"59.20\"]")
        List<String> naceClasses) {

  public static SectorDto from(Sector sector, Language language) {
    return new SectorDto(
        sector.code().value(),
        sector.position(),
        language.code(),
        sector.nameIn(language),
        sector.descriptionIn(language),
        sector.naceClasses().stream().map(NaceClass::code).toList());
  }
}
