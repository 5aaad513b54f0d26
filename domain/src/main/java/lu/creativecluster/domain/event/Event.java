package lu.creativecluster.domain.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.event.RegistrationRefusedException.Reason;

/**
 * Aggregate: an event of the cluster with its registrations. It keeps the seats: at most {@code
 * capacity} registrations hold one, the rest wait in the order they came, and whenever a seat frees
 * (a cancellation, more seats) the longest-waiting registration takes it. Nobody registers twice,
 * and nobody after the deadline.
 */
public final class Event {

  private static final Comparator<Registration> QUEUE_ORDER =
      Comparator.comparingLong(Registration::sequence);

  private final EventId id;
  private final Instant createdAt;
  private final long version;
  private EventDetails details;
  private final List<Registration> registrations;

  private Event(
      EventId id,
      EventDetails details,
      List<Registration> registrations,
      Instant createdAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.registrations = new ArrayList<>(Objects.requireNonNull(registrations, "registrations"));
    this.registrations.sort(QUEUE_ORDER);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.version = version;
    long distinctSequences =
        this.registrations.stream().mapToLong(Registration::sequence).distinct().count();
    if (distinctSequences != this.registrations.size()) {
      throw new IllegalArgumentException("each registration has its own place in the queue");
    }
  }

  /** Staff announce an event; nobody is registered yet. */
  public static Event announce(EventId id, EventDetails details, Instant at) {
    return new Event(id, details, List.of(), at, 0);
  }

  /** Rebuilds an event from storage, exactly as it was saved. */
  public static Event reconstitute(
      EventId id,
      EventDetails details,
      List<Registration> registrations,
      Instant createdAt,
      long version) {
    return new Event(id, details, registrations, createdAt, version);
  }

  /**
   * Staff change what the event is. More seats let waiting registrations move up at once.
   *
   * @return the registrations that moved up from the waiting list, in queue order
   * @throws CapacityBelowConfirmedException if fewer seats than confirmed registrations remain
   */
  public List<Registration> revise(EventDetails revised, Instant at) {
    Objects.requireNonNull(revised, "revised");
    int seated = seated();
    if (revised.capacity() < seated) {
      throw new CapacityBelowConfirmedException(id, revised.capacity(), seated);
    }
    this.details = revised;
    return fillFreeSeats(at);
  }

  /**
   * A person registers: they get a seat if one is free, else a place at the end of the waiting
   * list. A person who had cancelled may register again, at the end of the queue.
   *
   * @param cancellationHash the SHA-256 of the secret of their cancellation link
   * @throws RegistrationRefusedException if the deadline has passed, the event is for members and
   *     they come without an account, or they are registered already
   */
  public Registration register(
      RegistrationId registrationId, Registrant registrant, String cancellationHash, Instant at) {
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(at, "at");
    if (at.isAfter(details.deadlineInstant())) {
      throw new RegistrationRefusedException(id, Reason.DEADLINE_PASSED);
    }
    if (details.audience() == EventAudience.MEMBERS_ONLY && registrant.account().isEmpty()) {
      throw new RegistrationRefusedException(id, Reason.MEMBERS_ONLY);
    }
    List<Registration> same =
        registrations.stream().filter(r -> r.registrant().samePersonAs(registrant)).toList();
    if (same.stream().anyMatch(Registration::isActive)) {
      throw new RegistrationRefusedException(id, Reason.ALREADY_REGISTERED);
    }
    RegistrationStatus status =
        freeSeats() > 0 && waitingList().isEmpty()
            ? RegistrationStatus.CONFIRMED
            : RegistrationStatus.WAITING;
    long sequence = nextSequence();
    if (!same.isEmpty()) {
      // The earlier, cancelled registration is renewed so that one address keeps one row.
      Registration renewed = same.get(0);
      renewed.renew(registrant, status, sequence, at, cancellationHash);
      registrations.sort(QUEUE_ORDER);
      return renewed;
    }
    Registration registration =
        Registration.fresh(registrationId, registrant, status, sequence, at, cancellationHash);
    registrations.add(registration);
    return registration;
  }

  /**
   * Cancels the registration whose link carries this secret (given as its hash). If it held a seat,
   * the longest-waiting registration takes it.
   *
   * @return the registration that moved up, if any
   * @throws RegistrationRefusedException if no registration has this hash, it is cancelled already,
   *     or the event has begun
   */
  public Optional<Registration> cancel(String cancellationHash, Instant at) {
    Registration registration =
        registrations.stream()
            .filter(r -> r.cancellationHash().equals(cancellationHash))
            .findFirst()
            .orElseThrow(() -> new RegistrationRefusedException(id, Reason.UNKNOWN_REGISTRATION));
    if (!at.isBefore(details.schedule().startInstant())) {
      throw new RegistrationRefusedException(id, Reason.EVENT_STARTED);
    }
    if (registration.status() == RegistrationStatus.CANCELLED) {
      throw new RegistrationRefusedException(id, Reason.ALREADY_CANCELLED);
    }
    registration.moveTo(RegistrationStatus.CANCELLED, at);
    List<Registration> promoted = fillFreeSeats(at);
    return promoted.stream().findFirst();
  }

  /**
   * Staff record that a confirmed person came. Recording it twice changes nothing.
   *
   * @throws RegistrationRefusedException before the event's day, or if the registration is not
   *     confirmed (waiting, cancelled) or unknown
   */
  public Registration recordAttendance(RegistrationId registrationId, Instant at) {
    Registration registration =
        registration(registrationId)
            .orElseThrow(() -> new RegistrationRefusedException(id, Reason.UNKNOWN_REGISTRATION));
    LocalDate today = at.atZone(EventSchedule.ZONE).toLocalDate();
    if (today.isBefore(details.schedule().start().toLocalDate())) {
      throw new RegistrationRefusedException(id, Reason.TOO_EARLY_FOR_ATTENDANCE);
    }
    if (registration.status() == RegistrationStatus.ATTENDED) {
      return registration;
    }
    if (registration.status() != RegistrationStatus.CONFIRMED) {
      throw new RegistrationRefusedException(id, Reason.NOT_CONFIRMED);
    }
    registration.moveTo(RegistrationStatus.ATTENDED, at);
    return registration;
  }

  private List<Registration> fillFreeSeats(Instant at) {
    List<Registration> promoted = new ArrayList<>();
    for (Registration waiting : waitingList()) {
      if (freeSeats() == 0) {
        break;
      }
      waiting.moveTo(RegistrationStatus.CONFIRMED, at);
      promoted.add(waiting);
    }
    return List.copyOf(promoted);
  }

  private long nextSequence() {
    return registrations.stream().mapToLong(Registration::sequence).max().orElse(0) + 1;
  }

  private int seated() {
    return (int) registrations.stream().filter(Registration::holdsSeat).count();
  }

  /** Seats not held by a confirmed (or attended) registration. */
  public int freeSeats() {
    return Math.max(0, details.capacity() - seated());
  }

  public int confirmedCount() {
    return seated();
  }

  /** The waiting registrations, first in line first. */
  public List<Registration> waitingList() {
    return registrations.stream()
        .filter(r -> r.status() == RegistrationStatus.WAITING)
        .sorted(QUEUE_ORDER)
        .toList();
  }

  /** Whether people may still register at this moment. */
  public boolean isOpenForRegistrationAt(Instant at) {
    return !at.isAfter(details.deadlineInstant());
  }

  /** Whether the event has not ended yet at this moment. */
  public boolean isUpcomingAt(Instant at) {
    return at.isBefore(details.schedule().endInstant());
  }

  public Optional<Registration> registration(RegistrationId registrationId) {
    return registrations.stream().filter(r -> r.id().equals(registrationId)).findFirst();
  }

  public EventId id() {
    return id;
  }

  public EventDetails details() {
    return details;
  }

  /** Every registration, cancelled ones included, in queue order. */
  public List<Registration> registrations() {
    return Collections.unmodifiableList(registrations);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The version read from storage, for optimistic locking; the store raises it on each save. */
  public long version() {
    return version;
  }
}
