package lu.creativecluster.adapter.webui.sector;

import java.util.List;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.shared.Language;

/**
 * View model: one sector as a card in one language.
 *
 * @param code the sector's stable code, also the card's {@code id} ({@code /en/sectors#music})
 * @param number the position written with two digits ({@code 01}), a decorative index
 * @param naceClasses the NACE Rev. 2 class codes, such as {@code 71.11}
 */
public record SectorCard(
    String code, String number, String name, String description, List<String> naceClasses) {

  public SectorCard {
    naceClasses = List.copyOf(naceClasses);
  }

  public static SectorCard from(Sector sector, Language language) {
    return new SectorCard(
        sector.code().value(),
        twoDigits(sector.position()),
        sector.nameIn(language),
        sector.descriptionIn(language),
        sector.naceClasses().stream().map(NaceClass::code).toList());
  }

  /** Built for every card of every page view, so without a Formatter. */
  private static String twoDigits(int position) {
    return position < 10 ? "0" + position : Integer.toString(position);
  }
}
