package lu.creativecluster.application.service.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import lu.creativecluster.application.port.in.sector.SectorNotFoundException;
import lu.creativecluster.application.port.in.sector.ShowSectorUseCase;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/** Use case service: reads one sector (from memory: {@link SectorCatalog}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShowSectorService implements ShowSectorUseCase {

  private final SectorCatalog sectors;

  /** For CDI's client proxy only. */
  protected ShowSectorService() {
    this(null);
  }

  @Inject
  public ShowSectorService(SectorCatalog sectors) {
    this.sectors = sectors;
  }

  @Override
  public Sector showSector(SectorCode code) {
    Objects.requireNonNull(code, "code");
    return sectors.byCode(code).orElseThrow(() -> new SectorNotFoundException(code.value()));
  }
}
