package lu.creativecluster.adapter.persistence.event;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Persistence adapter: maps events and their registrations between the domain and storage. */
final class EventMapper {

  private EventMapper() {}

  static EventJpaEntity toNewEntity(Event event) {
    EventJpaEntity entity = new EventJpaEntity();
    entity.id = event.id().value();
    entity.createdAt = stored(event.createdAt());
    entity.version = 0;
    copy(event, entity);
    return entity;
  }

  /**
   * Writes the event's state into the entity: registrations are updated in place by id and new ones
   * added, so an unchanged registration is not written again. The version is the adapter's.
   */
  static void copy(Event event, EventJpaEntity entity) {
    EventDetails d = event.details();
    entity.texts.copy(d.title(), d.description());
    entity.kind = d.kind().code();
    entity.startLocal = d.schedule().start();
    entity.endLocal = d.schedule().end();
    entity.startAt = d.schedule().startInstant();
    entity.endAt = d.schedule().endInstant();
    entity.venue = d.place().venue().orElse(null);
    entity.onlineLink = d.place().onlineLink().map(URI::toString).orElse(null);
    entity.capacity = d.capacity();
    entity.audience = d.audience().code();
    entity.registrationDeadline = d.registrationDeadline();
    Map<java.util.UUID, RegistrationJpaEntity> existing =
        entity.registrations.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    for (Registration registration : event.registrations()) {
      RegistrationJpaEntity row = existing.get(registration.id().value());
      if (row == null) {
        row = new RegistrationJpaEntity();
        row.id = registration.id().value();
        entity.registrations.add(row);
      }
      copy(registration, row);
    }
  }

  private static void copy(Registration r, RegistrationJpaEntity row) {
    row.name = r.registrant().name();
    row.email = r.registrant().email().value();
    row.accountId = r.registrant().account().map(AccountId::value).orElse(null);
    row.language = r.registrant().language().code();
    row.status = r.status().code();
    row.sequence = r.sequence();
    row.registeredAt = stored(r.registeredAt());
    row.statusChangedAt = stored(r.statusChangedAt());
    row.cancellationHash = r.cancellationHash();
  }

  static Event toDomain(EventJpaEntity e) {
    return Event.reconstitute(
        new EventId(e.id),
        details(e),
        e.registrations.stream().map(EventMapper::toDomain).toList(),
        e.createdAt,
        e.version);
  }

  /** The event's own fields, without touching its registrations. */
  static EventDetails details(EventJpaEntity e) {
    return new EventDetails(
        e.texts.title(),
        e.texts.description(),
        EventKind.fromCode(e.kind).orElseThrow(() -> unknown("kind", e.kind)),
        new EventSchedule(e.startLocal, e.endLocal),
        new EventPlace(
            Optional.ofNullable(e.venue), Optional.ofNullable(e.onlineLink).map(URI::create)),
        e.capacity,
        EventAudience.fromCode(e.audience).orElseThrow(() -> unknown("audience", e.audience)),
        e.registrationDeadline);
  }

  private static Registration toDomain(RegistrationJpaEntity r) {
    Registrant registrant =
        new Registrant(
            r.name,
            new Email(r.email),
            Optional.ofNullable(r.accountId).map(AccountId::new),
            Language.fromTag(r.language).orElseThrow(() -> unknown("language", r.language)));
    return Registration.reconstitute(
        new RegistrationId(r.id),
        registrant,
        RegistrationStatus.fromCode(r.status).orElseThrow(() -> unknown("status", r.status)),
        r.sequence,
        r.registeredAt,
        r.statusChangedAt,
        r.cancellationHash);
  }

  private static IllegalStateException unknown(String what, String code) {
    return new IllegalStateException("stored event has an unknown " + what + ": " + code);
  }
}
