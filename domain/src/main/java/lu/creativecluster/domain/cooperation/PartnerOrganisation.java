package lu.creativecluster.domain.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Aggregate: a partner organisation abroad (a cluster, network, chamber, agency or institution)
 * with the cooperations the cluster has with it, newest first. A partner the cluster no longer
 * works with is archived rather than deleted: the missions and audit entries naming it keep their
 * meaning, and the public network no longer lists it.
 */
public final class PartnerOrganisation {

  public static final int MAX_COOPERATIONS = 50;

  private final PartnerId id;
  private final long version;
  private PartnerDetails details;
  private final List<Cooperation> cooperations;
  private boolean archived;

  private PartnerOrganisation(
      PartnerId id,
      PartnerDetails details,
      List<Cooperation> cooperations,
      boolean archived,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.cooperations = new ArrayList<>(Objects.requireNonNull(cooperations, "cooperations"));
    if (this.cooperations.stream().map(Cooperation::id).distinct().count()
        != this.cooperations.size()) {
      throw new IllegalArgumentException("a cooperation is listed once");
    }
    this.archived = archived;
    this.version = version;
    sortCooperations();
  }

  /** Staff record a new partner, at version 0. */
  public static PartnerOrganisation register(PartnerId id, PartnerDetails details) {
    return new PartnerOrganisation(id, details, List.of(), false, 0);
  }

  /** Rebuilds a partner from storage, exactly as it was saved. */
  public static PartnerOrganisation reconstitute(
      PartnerId id,
      PartnerDetails details,
      List<Cooperation> cooperations,
      boolean archived,
      long version) {
    return new PartnerOrganisation(id, details, cooperations, archived, version);
  }

  /** Staff stop listing the partner publicly; its record and cooperations stay. */
  public void archive() {
    archived = true;
  }

  /** Staff list an archived partner again. */
  public void reactivate() {
    archived = false;
  }

  public boolean archived() {
    return archived;
  }

  public void updateDetails(PartnerDetails newDetails) {
    details = Objects.requireNonNull(newDetails, "newDetails");
  }

  /** Records a cooperation, or replaces the one with the same id. */
  public void recordCooperation(Cooperation cooperation) {
    Objects.requireNonNull(cooperation, "cooperation");
    boolean replaced = cooperations.removeIf(c -> c.id().equals(cooperation.id()));
    if (!replaced && cooperations.size() >= MAX_COOPERATIONS) {
      throw new IllegalArgumentException(
          "a partner has at most " + MAX_COOPERATIONS + " cooperations");
    }
    cooperations.add(cooperation);
    sortCooperations();
  }

  /**
   * @return whether there was such a cooperation
   */
  public boolean removeCooperation(UUID cooperationId) {
    return cooperations.removeIf(c -> c.id().equals(cooperationId));
  }

  private void sortCooperations() {
    cooperations.sort(
        Comparator.comparing(Cooperation::start).reversed().thenComparing(Cooperation::id));
  }

  public PartnerId id() {
    return id;
  }

  public PartnerDetails details() {
    return details;
  }

  public List<Cooperation> cooperations() {
    return List.copyOf(cooperations);
  }

  /** The stored version this state was read at, for optimistic locking. */
  public long version() {
    return version;
  }
}
