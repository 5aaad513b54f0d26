package lu.creativecluster.application.service.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import lu.creativecluster.application.port.in.impact.RecordVisitsUseCase;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.impact.SiteVisits;

/** Use case service: stores a batch of the visit counter's tallies in one transaction. */
@ApplicationScoped
@Transactional
public class RecordVisitsService implements RecordVisitsUseCase {

  private final SiteVisits visits;

  /** For CDI's client proxy only. */
  protected RecordVisitsService() {
    this(null);
  }

  @Inject
  public RecordVisitsService(SiteVisits visits) {
    this.visits = visits;
  }

  @Override
  public void record(List<VisitTally> tallies) {
    if (!tallies.isEmpty()) {
      visits.add(tallies);
    }
  }
}
