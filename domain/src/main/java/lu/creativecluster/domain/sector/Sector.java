package lu.creativecluster.domain.sector;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Reference data: one of the sectors the creative industries are counted in, with its name and a
 * one-sentence description in every language and the NACE classes that usually fall in it.
 *
 * @param position where the sector appears in lists, so every channel shows them in the same order
 */
public record Sector(
    SectorCode code,
    int position,
    LocalizedText name,
    LocalizedText description,
    List<NaceClass> naceClasses) {

  public Sector {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (position < 1) {
      throw new IllegalArgumentException("position starts at 1");
    }
    naceClasses = List.copyOf(Objects.requireNonNull(naceClasses, "naceClasses"));
    if (naceClasses.stream().distinct().count() != naceClasses.size()) {
      throw new IllegalArgumentException("a NACE class is listed twice for sector " + code);
    }
  }

  public String nameIn(Language language) {
    return name.in(language);
  }

  public String descriptionIn(Language language) {
    return description.in(language);
  }
}
