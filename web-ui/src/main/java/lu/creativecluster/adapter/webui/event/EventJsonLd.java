package lu.creativecluster.adapter.webui.event;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.shared.Language;

/**
 * View model helper: an event as schema.org {@code Event} JSON-LD, with start and end as instants
 * with their Luxembourg offset, the venue as a {@code Place} and an online link as a {@code
 * VirtualLocation}, and the seats as an {@code Offer}.
 */
final class EventJsonLd {

  private EventJsonLd() {}

  static JsonObject of(EventSummary event, Language language, String pageUrl, String organiser) {
    EventDetails d = event.details();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Event")
            .add("@id", pageUrl)
            .add("url", pageUrl)
            .add("name", d.title().in(language))
            .add("description", d.description().in(language))
            .add("inLanguage", language.code())
            .add(
                "startDate",
                d.schedule().start().atZone(EventSchedule.ZONE).toOffsetDateTime().toString())
            .add(
                "endDate",
                d.schedule().end().atZone(EventSchedule.ZONE).toOffsetDateTime().toString())
            .add("eventStatus", "https://schema.org/EventScheduled")
            .add("maximumAttendeeCapacity", d.capacity())
            .add("remainingAttendeeCapacity", event.freeSeats())
            .add(
                "organizer",
                Json.createObjectBuilder().add("@type", "Organization").add("name", organiser));
    boolean venue = d.place().venue().isPresent();
    boolean online = d.place().onlineLink().isPresent();
    json.add(
        "eventAttendanceMode",
        venue && online
            ? "https://schema.org/MixedEventAttendanceMode"
            : online
                ? "https://schema.org/OnlineEventAttendanceMode"
                : "https://schema.org/OfflineEventAttendanceMode");
    var locations = Json.createArrayBuilder();
    d.place()
        .venue()
        .ifPresent(
            v ->
                locations.add(
                    Json.createObjectBuilder()
                        .add("@type", "Place")
                        .add("name", v)
                        .add("address", v)));
    d.place()
        .onlineLink()
        .ifPresent(
            l ->
                locations.add(
                    Json.createObjectBuilder()
                        .add("@type", "VirtualLocation")
                        .add("url", l.toString())));
    json.add("location", locations);
    json.add(
        "offers",
        Json.createObjectBuilder()
            .add("@type", "Offer")
            .add("price", "0")
            .add("priceCurrency", "EUR")
            .add("url", pageUrl)
            .add(
                "availability",
                event.freeSeats() > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut")
            .add(
                "validThrough",
                d.deadlineInstant().atZone(EventSchedule.ZONE).toOffsetDateTime().toString()));
    return json.build();
  }
}
