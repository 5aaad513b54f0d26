package lu.creativecluster.adapter.rest.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.rest.calendar.CalendarWriter;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.RegistrationReceipt;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTOs of the event operations; none holds a domain type. */
public final class EventDtos {

  private EventDtos() {}

  /** An event as the public sees it, its texts in the language asked for. */
  @Schema(name = "Event", description = "An event of the cluster, with the seats left")
  public record EventDto(
      @Schema(required = true, description = "Stable identifier (UUID)") String id,
      @Schema(required = true) String title,
      @Schema(required = true) String description,
      @Schema(
              required = true,
              description = "networking, workshop, afterwork, conference or fair",
              example = "networking")
          String kind,
      @Schema(required = true, description = "Start, local time in timeZone") LocalDateTime start,
      @Schema(required = true, description = "End, local time in timeZone") LocalDateTime end,
      @Schema(required = true, example = "Europe/Luxembourg") String timeZone,
      @Schema(description = "Venue, if the event has one") String venue,
      @Schema(description = "Online link (https), if the event has one") String onlineLink,
      @Schema(required = true, description = "How many seats") int capacity,
      @Schema(required = true, description = "Seats not yet taken") int freeSeats,
      @Schema(required = true, description = "How many people wait for a seat") int waiting,
      @Schema(required = true, description = "open-to-all or members-only") String audience,
      @Schema(required = true, description = "Last moment to register, local time in timeZone")
          LocalDateTime registrationDeadline,
      @Schema(required = true, description = "Whether the deadline has not passed")
          boolean openForRegistration,
      @Schema(required = true, description = "The event's iCalendar file") String calendar) {

    static EventDto from(EventSummary event, Language language, String basePath) {
      EventDetails details = event.details();
      return new EventDto(
          event.id().toString(),
          details.title().in(language),
          details.description().in(language),
          details.kind().code(),
          details.schedule().start(),
          details.schedule().end(),
          CalendarWriter.LUXEMBOURG,
          details.place().venue().orElse(null),
          details.place().onlineLink().map(Object::toString).orElse(null),
          details.capacity(),
          event.freeSeats(),
          event.waiting(),
          details.audience().code(),
          details.registrationDeadline(),
          event.openForRegistration(),
          basePath + "events/" + event.id() + "/calendar.ics");
    }
  }

  /** What a registration gives back, once: the place and the private cancellation token. */
  @Schema(name = "EventRegistration", description = "A seat or a place on the waiting list")
  public record RegisteredDto(
      @Schema(required = true, description = "confirmed or waiting") String status,
      @Schema(
              required = true,
              description = "Place on the waiting list, 1 next; 0 when the seat is confirmed")
          int waitingPosition,
      @Schema(
              required = true,
              description =
                  "The private cancellation token, also mailed; keep it secret: it alone cancels"
                      + " the registration")
          String cancellationToken,
      @Schema(required = true, description = "DELETE this path to cancel") String cancellation) {

    static RegisteredDto from(RegistrationReceipt receipt, String basePath) {
      return new RegisteredDto(
          receipt.registration().status().code(),
          receipt.waitingPosition(),
          receipt.cancellationSecret(),
          basePath + "events/registrations/" + receipt.cancellationSecret());
    }
  }

  /** What a cancellation did. */
  @Schema(name = "EventCancellation", description = "A registration cancelled")
  public record CancelledDto(
      @Schema(required = true, description = "The event's id") String event,
      @Schema(required = true, example = "cancelled") String status,
      @Schema(required = true, description = "Whether someone waiting moved up to the seat")
          boolean seatPassedOn) {}

  /** A registration as staff see it. */
  @Schema(name = "EventRegistrant", description = "One person's registration, for staff")
  public record RegistrantDto(
      @Schema(required = true, description = "The registration's id (UUID)") String id,
      @Schema(required = true) String name,
      @Schema(required = true) String email,
      @Schema(required = true, description = "true if they registered with an account")
          boolean member,
      @Schema(required = true, description = "confirmed, waiting, cancelled or attended")
          String status,
      @Schema(required = true, description = "Place in the queue; lower registered earlier")
          long sequence,
      @Schema(required = true) Instant registeredAt) {

    static RegistrantDto from(Registration registration) {
      return new RegistrantDto(
          registration.id().toString(),
          registration.registrant().name(),
          registration.registrant().email().value(),
          registration.registrant().account().isPresent(),
          registration.status().code(),
          registration.sequence(),
          registration.registeredAt());
    }
  }

  /** An event with all its languages and registrations, for staff. */
  @Schema(name = "StaffEvent", description = "An event as staff edit it, with its registrations")
  public record StaffEventDto(
      @Schema(required = true, description = "Stable identifier (UUID)") String id,
      @Schema(required = true, description = "Title by language: de, fr, en")
          Map<String, String> title,
      @Schema(required = true, description = "Description by language: de, fr, en")
          Map<String, String> description,
      @Schema(required = true, example = "networking") String kind,
      @Schema(required = true, description = "Local time, Europe/Luxembourg") LocalDateTime start,
      @Schema(required = true, description = "Local time, Europe/Luxembourg") LocalDateTime end,
      @Schema(description = "Venue") String venue,
      @Schema(description = "Online link (https)") String onlineLink,
      @Schema(required = true) int capacity,
      @Schema(required = true, example = "open-to-all") String audience,
      @Schema(required = true, description = "Local time, Europe/Luxembourg")
          LocalDateTime registrationDeadline,
      @Schema(required = true, description = "Grows with every change; the ETag follows it")
          long version,
      @Schema(required = true) int freeSeats,
      @Schema(required = true, description = "Every registration, cancelled ones included")
          List<RegistrantDto> registrations) {

    static StaffEventDto from(Event event) {
      EventDetails details = event.details();
      return new StaffEventDto(
          event.id().toString(),
          texts(details.title()),
          texts(details.description()),
          details.kind().code(),
          details.schedule().start(),
          details.schedule().end(),
          details.place().venue().orElse(null),
          details.place().onlineLink().map(Object::toString).orElse(null),
          details.capacity(),
          details.audience().code(),
          details.registrationDeadline(),
          event.version(),
          event.freeSeats(),
          event.registrations().stream().map(RegistrantDto::from).toList());
    }

    private static Map<String, String> texts(LocalizedText text) {
      return Map.of(
          "de", text.in(Language.DE), "fr", text.in(Language.FR), "en", text.in(Language.EN));
    }
  }

  /** OpenAPI only: the body of a registration. */
  @Schema(name = "EventRegistrationInput", description = "Who registers")
  public record RegistrationInputDto(
      @Schema(required = true, maxLength = 200) String name,
      @Schema(required = true, format = "email") String email,
      @Schema(
              required = true,
              description = "Language of the mails: de, fr or en",
              enumeration = {"de", "fr", "en"})
          String language) {}

  /** OpenAPI only: the body that announces or revises an event. */
  @Schema(name = "EventInput", description = "What staff describe about an event")
  public record EventInputDto(
      @Schema(required = true, description = "Title by language: de, fr and en, each required")
          Map<String, String> title,
      @Schema(
              required = true,
              description = "Description by language: de, fr and en, each required")
          Map<String, String> description,
      @Schema(
              required = true,
              enumeration = {"networking", "workshop", "afterwork", "conference", "fair"})
          String kind,
      @Schema(
              required = true,
              description = "Local time in Europe/Luxembourg, YYYY-MM-DDTHH:MM",
              example = "2027-01-14T18:30")
          String start,
      @Schema(required = true, description = "After start", example = "2027-01-14T21:00")
          String end,
      @Schema(description = "Venue; a venue, an online link or both") String venue,
      @Schema(description = "https address") String onlineLink,
      @Schema(required = true, minimum = "1", maximum = "100000") int capacity,
      @Schema(
              required = true,
              enumeration = {"open-to-all", "members-only"})
          String audience,
      @Schema(
              required = true,
              description = "Local time; at the latest the end",
              example = "2027-01-13T12:00")
          String registrationDeadline) {}

  /** OpenAPI only: the body that records attendance. */
  @Schema(name = "AttendanceInput", description = "Whose attendance to record")
  public record AttendanceInputDto(
      @Schema(required = true, description = "The registration's id (UUID)") String registration) {}
}
