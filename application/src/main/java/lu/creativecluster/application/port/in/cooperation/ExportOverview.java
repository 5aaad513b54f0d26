package lu.creativecluster.application.port.in.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Read model: who exports and where the members want to go, in counts only (the public overview).
 *
 * @param exportingShare exporting members over active members, 0 to 1 (0 without members)
 * @param markets ranked by demand: most members wanting it first, then most serving, then code
 * @param countedAt when the figures were counted (they may be cached for a short while)
 */
public record ExportOverview(
    long activeMembers,
    long exportingMembers,
    long wantingMembers,
    double exportingShare,
    List<MarketOverview> markets,
    Instant countedAt) {

  public ExportOverview {
    markets = List.copyOf(markets);
    Objects.requireNonNull(countedAt, "countedAt");
  }
}
