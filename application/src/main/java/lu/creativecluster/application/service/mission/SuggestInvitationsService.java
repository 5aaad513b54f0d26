package lu.creativecluster.application.service.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.mission.InvitationReason;
import lu.creativecluster.application.port.in.mission.InvitationSuggestion;
import lu.creativecluster.application.port.in.mission.SuggestInvitationsUseCase;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case service: whom to invite to a mission. Candidates are the active members that want or
 * serve the destination market, in the target sectors, and have not applied; each reason adds its
 * weight ({@link InvitationReason}), highest score first, then by name.
 */
@ApplicationScoped
@Transactional
public class SuggestInvitationsService implements SuggestInvitationsUseCase {

  private final Missions missions;
  private final ExportMarkets exportMarkets;

  /** For CDI's client proxy only. */
  protected SuggestInvitationsService() {
    this(null, null);
  }

  @Inject
  public SuggestInvitationsService(Missions missions, ExportMarkets exportMarkets) {
    this.missions = missions;
    this.exportMarkets = exportMarkets;
  }

  @Override
  public List<InvitationSuggestion> suggestions(Actor actor, MissionId missionId, int limit) {
    CooperationAccess.requireStaff(actor, "see whom to invite");
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new IllegalArgumentException("limit is 1 to " + MAX_SUGGESTIONS);
    }
    Mission mission = MissionSupport.load(missions, missionId);
    Set<MemberId> applied = new HashSet<>();
    mission.applications().stream().map(MissionApplication::member).forEach(applied::add);
    MissionPlan plan = mission.plan();
    return exportMarkets.membersIn(plan.destinationCountry()).stream()
        .filter(m -> !applied.contains(m.id()))
        .filter(m -> plan.targets(Set.copyOf(m.sectors())))
        .map(m -> suggestion(m, plan))
        .sorted(
            Comparator.comparingInt(InvitationSuggestion::score)
                .reversed()
                .thenComparing(s -> s.member().displayName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.member().id().value()))
        .limit(limit)
        .toList();
  }

  static InvitationSuggestion suggestion(MarketMember member, MissionPlan plan) {
    List<InvitationReason> reasons = new ArrayList<>();
    if (member.wants()) {
      reasons.add(InvitationReason.WANTS_MARKET);
    }
    if (member.serves()) {
      reasons.add(InvitationReason.SERVES_MARKET);
    }
    Set<SectorCode> targets = plan.targetSectors();
    if (!targets.isEmpty() && !member.sectors().isEmpty()) {
      if (targets.contains(member.sectors().get(0))) {
        reasons.add(InvitationReason.PRIMARY_SECTOR_TARGETED);
      } else if (member.sectors().stream().anyMatch(targets::contains)) {
        reasons.add(InvitationReason.SECTOR_TARGETED);
      }
    }
    if (member.wantsExportHelp()) {
      reasons.add(InvitationReason.WANTS_EXPORT_HELP);
    }
    int score = reasons.stream().mapToInt(InvitationReason::weight).sum();
    return new InvitationSuggestion(member, score, reasons);
  }
}
