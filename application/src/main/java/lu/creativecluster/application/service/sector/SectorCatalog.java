package lu.creativecluster.application.service.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case support: the 12 sectors, read from the {@link Sectors} port once and then served from
 * memory to every use case that reads them (the API and the pages ask for them on every request).
 *
 * <p>Why a cache is safe here: the sectors are reference data that change only with a release today
 * (a Liquibase changeset), so the database is read again after each deployment. {@link Sector} is
 * an immutable record, so one copy is shared by all threads.
 *
 * <p>When staff can edit sectors later, <strong>every use case that changes a sector must call
 * {@link #invalidate()} after its transaction has committed</strong> (for example from an
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} observer of its change event); a call
 * before the commit lets a concurrent reader cache the old state again. With more than one server
 * node, each node has its own copy and needs to hear of the change too.
 */
@ApplicationScoped
public class SectorCatalog {

  private final Sectors sectors;

  /** The sectors as last read, or null when they must be read again. */
  private volatile Snapshot snapshot;

  /** For CDI's client proxy only. */
  protected SectorCatalog() {
    this.sectors = null;
  }

  @Inject
  public SectorCatalog(Sectors sectors) {
    this.sectors = Objects.requireNonNull(sectors, "sectors");
  }

  /** Every sector, in the cluster's published order (by position). */
  public List<Sector> all() {
    return current().ordered();
  }

  public Optional<Sector> byCode(SectorCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(current().byCode().get(code));
  }

  /**
   * Forgets the sectors held in memory; the next read asks the {@link Sectors} port again. Editing
   * use cases call it after their change is committed (see the class comment).
   */
  public void invalidate() {
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot held = snapshot;
    return held != null ? held : load();
  }

  /** One reader loads while concurrent first requests wait for it, instead of all querying. */
  private synchronized Snapshot load() {
    Snapshot held = snapshot;
    if (held == null) {
      held = Snapshot.of(sectors.all());
      snapshot = held;
    }
    return held;
  }

  private record Snapshot(List<Sector> ordered, Map<SectorCode, Sector> byCode) {

    static Snapshot of(List<Sector> loaded) {
      List<Sector> ordered =
          loaded.stream().sorted(Comparator.comparingInt(Sector::position)).toList();
      Map<SectorCode, Sector> byCode = new LinkedHashMap<>();
      ordered.forEach(sector -> byCode.put(sector.code(), sector));
      return new Snapshot(ordered, Map.copyOf(byCode));
    }
  }
}
