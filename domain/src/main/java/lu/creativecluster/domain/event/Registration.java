package lu.creativecluster.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Entity inside {@link Event}: one person's registration. Its place in the queue is its sequence
 * number (lower registered earlier); the cancellation link's secret is kept only as its SHA-256, so
 * a copy of the database cancels nobody. Only its event changes it.
 */
public final class Registration {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final RegistrationId id;
  private Registrant registrant;
  private RegistrationStatus status;
  private long sequence;
  private Instant registeredAt;
  private Instant statusChangedAt;
  private String cancellationHash;

  private Registration(
      RegistrationId id,
      Registrant registrant,
      RegistrationStatus status,
      long sequence,
      Instant registeredAt,
      Instant statusChangedAt,
      String cancellationHash) {
    this.id = Objects.requireNonNull(id, "id");
    this.registrant = Objects.requireNonNull(registrant, "registrant");
    this.status = Objects.requireNonNull(status, "status");
    this.sequence = sequence;
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    this.cancellationHash = requireHash(cancellationHash);
    if (sequence < 1) {
      throw new IllegalArgumentException("a registration's sequence starts at 1");
    }
  }

  static Registration fresh(
      RegistrationId id,
      Registrant registrant,
      RegistrationStatus status,
      long sequence,
      Instant at,
      String cancellationHash) {
    return new Registration(id, registrant, status, sequence, at, at, cancellationHash);
  }

  /** Rebuilds a registration from storage, exactly as it was saved. */
  public static Registration reconstitute(
      RegistrationId id,
      Registrant registrant,
      RegistrationStatus status,
      long sequence,
      Instant registeredAt,
      Instant statusChangedAt,
      String cancellationHash) {
    return new Registration(
        id, registrant, status, sequence, registeredAt, statusChangedAt, cancellationHash);
  }

  /** A person who had cancelled registers again: at the end of the queue, with a new link. */
  void renew(
      Registrant again,
      RegistrationStatus newStatus,
      long newSequence,
      Instant at,
      String newHash) {
    this.registrant = Objects.requireNonNull(again, "again");
    this.cancellationHash = requireHash(newHash);
    this.sequence = newSequence;
    this.registeredAt = at;
    moveTo(newStatus, at);
  }

  void moveTo(RegistrationStatus target, Instant at) {
    this.status = target;
    this.statusChangedAt = at;
  }

  boolean isActive() {
    return status != RegistrationStatus.CANCELLED;
  }

  boolean holdsSeat() {
    return status.holdsSeat();
  }

  private static String requireHash(String hash) {
    Objects.requireNonNull(hash, "cancellationHash");
    if (!SHA256_HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException("cancellationHash is a lower-case hex SHA-256");
    }
    return hash;
  }

  public RegistrationId id() {
    return id;
  }

  public Registrant registrant() {
    return registrant;
  }

  public RegistrationStatus status() {
    return status;
  }

  /** The place in the event's queue: waiting registrations move up in this order. */
  public long sequence() {
    return sequence;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  /** The SHA-256 (lower-case hex) of the secret in the person's cancellation link. */
  public String cancellationHash() {
    return cancellationHash;
  }
}
