package lu.creativecluster.application.service.cooperation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Test fake of {@link Partners}: hands out copies and saves only from the version it handed out.
 */
public final class InMemoryPartners implements Partners {

  private final Map<PartnerId, PartnerOrganisation> stored = new LinkedHashMap<>();

  @Override
  public synchronized Optional<PartnerOrganisation> byId(PartnerId id) {
    return Optional.ofNullable(stored.get(id)).map(p -> copy(p, p.version()));
  }

  @Override
  public synchronized List<PartnerOrganisation> list(Optional<CountryCode> country) {
    return stored.values().stream()
        .filter(p -> country.map(c -> c.equals(p.details().country())).orElse(true))
        .sorted(
            Comparator.comparing((PartnerOrganisation p) -> p.details().country().alpha2())
                .thenComparing(p -> p.details().name()))
        .map(p -> copy(p, p.version()))
        .toList();
  }

  @Override
  public synchronized void add(PartnerOrganisation partner) {
    stored.put(partner.id(), copy(partner, 0));
  }

  @Override
  public synchronized void save(PartnerOrganisation partner) {
    PartnerOrganisation current = stored.get(partner.id());
    if (current == null || current.version() != partner.version()) {
      throw new ConcurrentUpdateException("partner " + partner.id(), null);
    }
    stored.put(partner.id(), copy(partner, partner.version() + 1));
  }

  private static PartnerOrganisation copy(PartnerOrganisation p, long version) {
    return PartnerOrganisation.reconstitute(
        p.id(), p.details(), p.cooperations(), p.archived(), version);
  }
}
