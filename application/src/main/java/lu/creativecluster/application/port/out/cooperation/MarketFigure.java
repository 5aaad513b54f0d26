package lu.creativecluster.application.port.out.cooperation;

import java.util.Objects;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Read model: for one market, how many active members serve it, how many want it, and how many took
 * part in a mission to it (selected on a mission that was not cancelled).
 */
public record MarketFigure(
    CountryCode market, long serving, long wanting, long missionParticipants) {

  public MarketFigure {
    Objects.requireNonNull(market, "market");
  }
}
