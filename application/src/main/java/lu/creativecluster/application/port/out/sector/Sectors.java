package lu.creativecluster.application.port.out.sector;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/** Outbound port: where the sectors are kept. */
public interface Sectors {

  /** Every sector, ordered by position. */
  List<Sector> all();

  Optional<Sector> byCode(SectorCode code);
}
