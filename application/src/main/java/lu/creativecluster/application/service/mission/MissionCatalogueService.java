package lu.creativecluster.application.service.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.in.mission.ApplicationView;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionCalendarEntry;
import lu.creativecluster.application.port.in.mission.MissionCalendarUseCase;
import lu.creativecluster.application.port.in.mission.MissionList;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.Participant;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.port.out.mission.MissionMembers.MissionMember;
import lu.creativecluster.application.port.out.mission.MissionSlice;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.shared.Language;

/**
 * Use case service: the missions as anyone reads them (planned ones only for staff), one mission
 * with its publicly listed participants, and its calendar entry.
 */
@ApplicationScoped
@Transactional
public class MissionCatalogueService implements ListMissionsUseCase, MissionCalendarUseCase {

  private static final Set<MissionStatus> PUBLIC =
      EnumSet.complementOf(EnumSet.of(MissionStatus.PLANNED));

  private final Missions missions;
  private final MissionMembers members;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected MissionCatalogueService() {
    this(null, null, null);
  }

  @Inject
  public MissionCatalogueService(Missions missions, MissionMembers members, Clock clock) {
    this.missions = missions;
    this.members = members;
    this.clock = clock;
  }

  @Override
  public MissionList list(Actor actor, MissionListQuery query) {
    MissionCriteria criteria = query.criteria();
    if (!CooperationAccess.isStaff(actor)) {
      Set<MissionStatus> asked = criteria.statuses().isEmpty() ? PUBLIC : criteria.statuses();
      Set<MissionStatus> allowed = EnumSet.noneOf(MissionStatus.class);
      allowed.addAll(asked);
      allowed.retainAll(PUBLIC);
      if (allowed.isEmpty()) {
        return new MissionList(List.of(), PageInfo.of(query.page(), query.size(), 0));
      }
      criteria =
          new MissionCriteria(
              allowed, criteria.country(), criteria.sector(), criteria.from(), criteria.to());
    }
    MissionSlice slice = missions.find(criteria, query.latestFirst(), query.page(), query.size());
    return new MissionList(
        slice.items().stream().map(MissionSupport::summary).toList(),
        PageInfo.of(query.page(), query.size(), slice.total()));
  }

  @Override
  public MissionView show(Actor actor, MissionId id) {
    Mission mission = MissionSupport.visible(missions, actor, id);
    boolean staff = CooperationAccess.isStaff(actor);
    boolean person = actor.kind() == Actor.Kind.PERSON;
    // One read of the few member facts the page needs, for exactly the members it names: the
    // listed participants for anyone, every applicant for staff and for a signed-in person (who
    // sees their own applications).
    List<MissionApplication> named =
        staff || person ? mission.applications() : mission.publicParticipants();
    Map<MemberId, MissionMember> people =
        named.isEmpty()
            ? Map.of()
            : members.byIds(named.stream().map(MissionApplication::member).distinct().toList());
    List<Participant> participants =
        mission.publicParticipants().stream()
            .map(a -> people.get(a.member()))
            .filter(m -> m != null && m.status() == MemberStatus.ACTIVE)
            .map(m -> new Participant(m.id(), m.slug(), m.displayName()))
            .toList();
    List<ApplicationView> applications =
        staff
            ? mission.applications().stream()
                .map(a -> new ApplicationView(a, nameOf(people.get(a.member()))))
                .toList()
            : List.of();
    List<MissionApplication> own =
        person
            ? mission.applications().stream()
                .filter(
                    a -> {
                      MissionMember m = people.get(a.member());
                      return m != null && CooperationAccess.isOwner(actor, m.owner());
                    })
                .toList()
            : List.of();
    return new MissionView(
        MissionSupport.summary(mission), participants, applications, own, mission.version());
  }

  private static String nameOf(MissionMember member) {
    return member == null ? "" : member.displayName();
  }

  @Override
  public MissionCalendarEntry entry(Actor actor, MissionId id, Language language) {
    Mission mission = MissionSupport.visible(missions, actor, id);
    MissionText text = mission.plan().texts().in(language);
    return new MissionCalendarEntry(
        "mission-" + mission.id() + "@creativecluster.lu",
        text.title(),
        text.description(),
        mission.plan().destinationCity() + ", " + mission.plan().destinationCountry().alpha2(),
        mission.plan().dates().start(),
        mission.plan().dates().end().plusDays(1),
        mission.status() == MissionStatus.CANCELLED,
        mission.version(),
        clock.instant());
  }
}
