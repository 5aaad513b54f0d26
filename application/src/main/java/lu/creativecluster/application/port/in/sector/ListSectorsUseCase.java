package lu.creativecluster.application.port.in.sector;

import java.util.List;
import lu.creativecluster.domain.sector.Sector;

/** Use case: anyone lists the sectors of the creative industries, in their published order. */
public interface ListSectorsUseCase {

  List<Sector> listSectors();
}
