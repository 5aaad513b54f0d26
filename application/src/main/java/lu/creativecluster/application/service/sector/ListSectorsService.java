package lu.creativecluster.application.service.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.sector.Sector;

/** Use case service: lists the sectors (from memory: {@link SectorCatalog}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListSectorsService implements ListSectorsUseCase {

  private final SectorCatalog sectors;

  /** For CDI's client proxy only. */
  protected ListSectorsService() {
    this(null);
  }

  @Inject
  public ListSectorsService(SectorCatalog sectors) {
    this.sectors = sectors;
  }

  @Override
  public List<Sector> listSectors() {
    return sectors.all();
  }
}
