package lu.creativecluster.application.port.in.sector;

import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/** Use case: anyone reads one sector by its stable code. */
public interface ShowSectorUseCase {

  /**
   * @throws SectorNotFoundException when no sector has this code
   */
  Sector showSector(SectorCode code);
}
