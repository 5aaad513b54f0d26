package lu.creativecluster.application.port.in.cooperation;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/** Use case: anyone looks at the cluster's partner network abroad, country by country. */
public interface ListPartnersUseCase {

  /** The partners grouped by country (by country code), each group by name. */
  List<PartnersInCountry> byCountry(Optional<CountryCode> country);

  /**
   * @throws PartnerNotFoundException if there is none
   */
  PartnerOrganisation show(PartnerId id);
}
