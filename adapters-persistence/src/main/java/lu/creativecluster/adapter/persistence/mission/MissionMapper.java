package lu.creativecluster.adapter.persistence.mission;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionDates;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.mission.MissionTexts;
import lu.creativecluster.domain.mission.Organiser;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.mission.ParticipantOutcome;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/** Persistence adapter: maps missions between the domain and their rows. */
final class MissionMapper {

  private MissionMapper() {}

  static Mission toDomain(MissionJpaEntity e) {
    Map<Language, MissionText> texts = new EnumMap<>(Language.class);
    e.texts.forEach(
        (code, t) ->
            texts.put(
                Language.fromTag(code).orElseThrow(), new MissionText(t.title, t.description)));
    MissionPlan plan =
        new MissionPlan(
            new MissionTexts(texts),
            MissionKind.fromCode(e.kind).orElseThrow(),
            CountryCode.of(e.destinationCountry),
            e.destinationCity,
            new MissionDates(e.startDate, e.endDate, e.applicationDeadline),
            new Organiser(
                OrganiserKind.fromCode(e.organiserKind).orElseThrow(),
                e.organiserName,
                Optional.ofNullable(e.organiserPartnerId).map(PartnerId::new)),
            e.sectors.stream().map(SectorCode::new).collect(Collectors.toSet()),
            e.capacity);
    List<MissionApplication> applications =
        e.applications.stream().map(MissionMapper::toDomain).toList();
    return Mission.reconstitute(
        new MissionId(e.id),
        plan,
        MissionStatus.fromCode(e.status).orElseThrow(),
        applications,
        e.version);
  }

  private static MissionApplication toDomain(ApplicationEmbeddable a) {
    Optional<ParticipantOutcome> outcome =
        a.contactsMade == null
            ? Optional.empty()
            : Optional.of(new ParticipantOutcome(a.contactsMade, a.leads, a.followUp));
    return new MissionApplication(
        new MemberId(a.memberId),
        a.motivation,
        Language.fromTag(a.language).orElseThrow(),
        a.appliedAt,
        ApplicationStatus.fromCode(a.status).orElseThrow(),
        Optional.ofNullable(a.decidedAt),
        a.listedPublicly,
        outcome);
  }

  static void copy(Mission m, MissionJpaEntity e) {
    MissionPlan p = m.plan();
    e.kind = p.kind().code();
    e.destinationCountry = p.destinationCountry().alpha2();
    e.destinationCity = p.destinationCity();
    e.startDate = p.dates().start();
    e.endDate = p.dates().end();
    e.applicationDeadline = p.dates().applicationDeadline();
    e.organiserKind = p.organiser().kind().code();
    e.organiserName = p.organiser().name();
    e.organiserPartnerId = p.organiser().partner().map(PartnerId::value).orElse(null);
    e.capacity = p.capacity();
    e.status = m.status().code();
    e.texts.clear();
    p.texts()
        .values()
        .forEach(
            (language, t) ->
                e.texts.put(
                    language.code(), new MissionTextEmbeddable(t.title(), t.description())));
    e.sectors.retainAll(p.targetSectors().stream().map(SectorCode::value).toList());
    p.targetSectors().forEach(s -> e.sectors.add(s.value()));
    e.applications.clear();
    for (MissionApplication a : m.applications()) {
      ApplicationEmbeddable row = new ApplicationEmbeddable();
      row.memberId = a.member().value();
      row.motivation = a.motivation();
      row.language = a.language().code();
      row.appliedAt = stored(a.appliedAt());
      row.status = a.status().code();
      row.decidedAt = stored(a.decidedAt().orElse(null));
      row.listedPublicly = a.listedPublicly();
      row.contactsMade = a.outcome().map(ParticipantOutcome::contactsMade).orElse(null);
      row.leads = a.outcome().map(ParticipantOutcome::leads).orElse(null);
      row.followUp = a.outcome().map(ParticipantOutcome::followUp).orElse(null);
      e.applications.add(row);
    }
  }
}
