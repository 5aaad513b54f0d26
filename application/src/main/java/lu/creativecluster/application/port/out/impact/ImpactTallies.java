package lu.creativecluster.application.port.out.impact;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The raw counts of one period, as the store adds them up ({@link ImpactCounts}); see {@code
 * ImpactFigures} for what each one means.
 *
 * @param answerTimes the times to answer of the inquiries answered among those received, any order
 * @param visitSeconds the summed duration of every visitor-day, in seconds
 */
public record ImpactTallies(
    long activeMembers,
    long newMembers,
    Map<String, Long> membersBySector,
    long otherPeople,
    long inquiriesReceived,
    List<Duration> answerTimes,
    long projectsStarted,
    BigDecimal publicVolume,
    BigDecimal totalVolume,
    long missions,
    long missionParticipants,
    Map<String, Long> partnersByCountry,
    long eventsHeld,
    long attendance,
    long visitorDays,
    long pageViews,
    long visitSeconds) {

  public ImpactTallies {
    membersBySector = Map.copyOf(membersBySector);
    answerTimes = List.copyOf(answerTimes);
    partnersByCountry = Map.copyOf(partnersByCountry);
  }
}
