package lu.creativecluster.application.service.sector;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test fake of the {@link Sectors} port. */
final class InMemorySectors implements Sectors {

  private final List<Sector> sectors;

  InMemorySectors(Sector... sectors) {
    this.sectors = List.of(sectors);
  }

  static Sector sector(String code, int position) {
    return new Sector(
        new SectorCode(code),
        position,
        LocalizedText.of(code + " (de)", code + " (fr)", code + " (en)"),
        LocalizedText.of("Beschreibung.", "Description.", "Description."),
        List.of(new NaceClass("90.03")));
  }

  @Override
  public List<Sector> all() {
    return sectors.stream().sorted(Comparator.comparingInt(Sector::position)).toList();
  }

  @Override
  public Optional<Sector> byCode(SectorCode code) {
    return sectors.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
