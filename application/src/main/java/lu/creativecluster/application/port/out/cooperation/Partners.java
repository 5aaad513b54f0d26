package lu.creativecluster.application.port.out.cooperation;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/** Outbound port: where the partner organisations abroad and their cooperations are kept. */
public interface Partners {

  Optional<PartnerOrganisation> byId(PartnerId id);

  /** Every partner, or those in one country, by country code, then name. */
  List<PartnerOrganisation> list(Optional<CountryCode> country);

  /** Stores a new partner at version 0. */
  void add(PartnerOrganisation partner);

  /**
   * Saves a changed partner with its cooperations; the stored version goes up by one.
   *
   * @throws ConcurrentUpdateException if it changed since it was read
   */
  void save(PartnerOrganisation partner);
}
