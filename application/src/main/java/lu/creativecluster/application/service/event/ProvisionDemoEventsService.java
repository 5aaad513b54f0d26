package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lu.creativecluster.application.port.in.event.ProvisionDemoEventsUseCase;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.application.service.account.LinkSecrets;
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
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Use case service: the demo events. Three years back, a networking evening on the second Thursday
 * of every month, an afterwork each quarter and a fair each autumn, each filled by people who
 * registered before the deadline (some cancelled, most came); ahead, the next evenings, an
 * afterwork, a small workshop that is full with a waiting list, and the next fair. The same seed
 * gives the same figures on every first run. No mail goes out: the registrants are invented.
 */
@ApplicationScoped
@Transactional
public class ProvisionDemoEventsService implements ProvisionDemoEventsUseCase {

  static final int YEARS_BACK = 3;
  private static final String[] VENUES = {
    "Rotondes, Place des Rotondes, Luxembourg",
    "1535° Creative Hub, Differdange",
    "Bâtiment4, Esch-sur-Alzette",
    "House of Startups, Luxembourg"
  };
  private static final String[] FIRST = {
    "Anna", "Luc", "Sophie", "Marc", "Laura", "Tom", "Julie", "Paul", "Nina", "Max", "Lea", "Jan"
  };
  private static final String[] LAST = {
    "Muller", "Schmit", "Weber", "Wagner", "Hoffmann", "Klein", "Reuter", "Thill", "Kremer"
  };

  private final Events events;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ProvisionDemoEventsService() {
    this(null, null);
  }

  @Inject
  public ProvisionDemoEventsService(Events events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public int provisionDemoEvents() {
    if (!events.all().isEmpty()) {
      return 0;
    }
    Random random = new Random(11);
    Instant now = clock.instant();
    LocalDate today = now.atZone(EventSchedule.ZONE).toLocalDate();
    List<Event> created = new ArrayList<>();
    LocalDate month = today.withDayOfMonth(1).minusYears(YEARS_BACK);
    int guest = 0;
    while (!month.isAfter(today.withDayOfMonth(1).plusMonths(3))) {
      LocalDate evening = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
      created.add(networking(evening, month));
      if (month.getMonthValue() % 3 == 2) {
        created.add(afterwork(month.with(TemporalAdjusters.lastInMonth(DayOfWeek.WEDNESDAY))));
      }
      if (month.getMonthValue() == 10) {
        created.add(fair(month.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY))));
      }
      month = month.plusMonths(1);
    }
    created.add(workshop(today.plusDays(20)));
    // The events are filled in memory and stored once with their registrations: the same rows as
    // announcing each, then registering everyone under its lock, without re-reading every event.
    for (Event event : created) {
      guest = fill(event, random, now, guest);
    }
    events.addAll(created);
    return created.size();
  }

  private Event networking(LocalDate day, LocalDate month) {
    String monthDe =
        month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Language.DE.locale());
    String monthFr =
        month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Language.FR.locale());
    String monthEn =
        month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Language.EN.locale());
    return announce(
        LocalizedText.of(
            "Netzwerkabend " + monthDe + " " + month.getYear(),
            "Soirée réseau " + monthFr + " " + month.getYear(),
            "Networking evening " + monthEn + " " + month.getYear()),
        LocalizedText.of(
            "Der monatliche Abend der Kreativwirtschaft: kurze Vorstellungen, dann Gespräche bei"
                + " einem Glas.",
            "La soirée mensuelle des industries créatives : courtes présentations, puis"
                + " échanges autour d'un verre.",
            "The creative industries' monthly evening: short pitches, then conversations over a"
                + " drink."),
        EventKind.NETWORKING,
        day.atTime(18, 30),
        day.atTime(21, 0),
        VENUES[day.getMonthValue() % VENUES.length],
        60,
        EventAudience.OPEN_TO_ALL,
        day.minusDays(1).atTime(12, 0));
  }

  private Event afterwork(LocalDate day) {
    return announce(
        LocalizedText.of(
            "Afterwork: Design trifft Industrie",
            "Afterwork : le design rencontre l'industrie",
            "Afterwork: design meets industry"),
        LocalizedText.of(
            "Kreative und Unternehmen im Gespräch über gemeinsame Projekte.",
            "Créatifs et entreprises échangent sur des projets communs.",
            "Creatives and companies talk about projects they could do together."),
        EventKind.AFTERWORK,
        day.atTime(17, 30),
        day.atTime(20, 0),
        VENUES[(day.getMonthValue() + 1) % VENUES.length],
        40,
        EventAudience.MEMBERS_ONLY,
        day.minusDays(2).atTime(18, 0));
  }

  private Event fair(LocalDate day) {
    return announce(
        LocalizedText.of(
            "Creative Fair " + day.getYear(),
            "Salon Creative " + day.getYear(),
            "Creative Fair " + day.getYear()),
        LocalizedText.of(
            "Zwei Tage Stände, Vorträge und Begegnungen der Kreativwirtschaft.",
            "Deux jours de stands, de conférences et de rencontres des industries créatives.",
            "Two days of stands, talks and meetings of the creative industries."),
        EventKind.FAIR,
        day.atTime(10, 0),
        day.plusDays(1).atTime(18, 0),
        "Luxexpo The Box, Luxembourg-Kirchberg",
        300,
        EventAudience.OPEN_TO_ALL,
        day.minusDays(3).atTime(23, 59));
  }

  private Event workshop(LocalDate day) {
    return announce(
        LocalizedText.of(
            "Workshop: Urheberrecht für Kreative",
            "Atelier : le droit d'auteur pour les créatifs",
            "Workshop: copyright for creatives"),
        LocalizedText.of(
            "Ein praktischer Nachmittag mit einer Anwältin, in kleiner Runde.",
            "Un après-midi pratique avec une avocate, en petit comité.",
            "A practical afternoon with a lawyer, in a small group."),
        EventKind.WORKSHOP,
        day.atTime(14, 0),
        day.atTime(17, 0),
        VENUES[3],
        8,
        EventAudience.OPEN_TO_ALL,
        day.minusDays(1).atTime(12, 0));
  }

  private Event announce(
      LocalizedText title,
      LocalizedText description,
      EventKind kind,
      LocalDateTime start,
      LocalDateTime end,
      String venue,
      int capacity,
      EventAudience audience,
      LocalDateTime deadline) {
    EventDetails details =
        new EventDetails(
            title,
            description,
            kind,
            new EventSchedule(start, end),
            EventPlace.venue(venue),
            capacity,
            audience,
            deadline);
    Instant announced = start.minusWeeks(6).atZone(EventSchedule.ZONE).toInstant();
    return Event.announce(EventId.newId(), details, announced);
  }

  /** People register over the weeks before; past events get cancellations and attendance. */
  private static int fill(Event event, Random random, Instant now, int guest) {
    EventDetails d = event.details();
    Instant opened = d.schedule().startInstant().minusSeconds(35L * 24 * 3600);
    Instant deadline = d.deadlineInstant();
    boolean past = !d.schedule().endInstant().isAfter(now);
    int wanted =
        d.capacity() <= 10
            ? d.capacity() + 3
            : (int) (d.capacity() * (0.5 + random.nextDouble() * 0.45));
    Instant until = past ? deadline : (now.isBefore(deadline) ? now : deadline);
    if (!until.isAfter(opened)) {
      return guest;
    }
    long span = until.getEpochSecond() - opened.getEpochSecond();
    List<Instant> moments = new ArrayList<>();
    for (int i = 0; i < wanted; i++) {
      moments.add(opened.plusSeconds((long) (random.nextDouble() * span)));
    }
    moments.sort(null);
    List<String> secrets = new ArrayList<>();
    for (Instant at : moments) {
      guest++;
      String name = FIRST[guest % FIRST.length] + " " + LAST[(guest / FIRST.length) % LAST.length];
      Language language = Language.values()[guest % 3];
      Email email = new Email("guest" + guest + "@demo.creativecluster.lu");
      Registrant registrant =
          d.audience() == EventAudience.MEMBERS_ONLY
              ? Registrant.withAccount(
                  name,
                  email,
                  new lu.creativecluster.domain.account.AccountId(
                      java.util.UUID.nameUUIDFromBytes(
                          email.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                  language)
              : Registrant.guest(name, email, language);
      String secret = LinkSecrets.newSecret();
      event.register(RegistrationId.newId(), registrant, LinkSecrets.hashOf(secret), at);
      secrets.add(secret);
    }
    if (past) {
      // One in ten cancels shortly before; most of the confirmed come.
      for (int i = 0; i < secrets.size(); i++) {
        if (random.nextInt(10) == 0) {
          event.cancel(LinkSecrets.hashOf(secrets.get(i)), deadline.minusSeconds(3600));
        }
      }
      Instant onTheDay = d.schedule().startInstant().plusSeconds(1800);
      for (Registration r : List.copyOf(event.registrations())) {
        if (r.status() == lu.creativecluster.domain.event.RegistrationStatus.CONFIRMED
            && random.nextInt(100) < 82) {
          event.recordAttendance(r.id(), onTheDay);
        }
      }
    }
    return guest;
  }
}
