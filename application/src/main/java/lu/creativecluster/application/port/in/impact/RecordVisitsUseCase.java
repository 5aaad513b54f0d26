package lu.creativecluster.application.port.in.impact;

import java.util.List;

/** Use case: the site's own visit counter hands over what it counted, in batches. */
public interface RecordVisitsUseCase {

  void record(List<VisitTally> tallies);
}
