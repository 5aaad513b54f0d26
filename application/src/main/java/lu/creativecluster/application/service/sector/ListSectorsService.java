package lu.creativecluster.application.service.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.Sector;

/** Use case service: lists the sectors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListSectorsService implements ListSectorsUseCase {

  private final Sectors sectors;

  /** For CDI's client proxy only. */
  protected ListSectorsService() {
    this(null);
  }

  @Inject
  public ListSectorsService(Sectors sectors) {
    this.sectors = sectors;
  }

  @Override
  public List<Sector> listSectors() {
    return sectors.all();
  }
}
