package lu.creativecluster.application.port.in.cooperation;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/** Read model: the partners in one country. */
public record PartnersInCountry(CountryCode country, List<PartnerOrganisation> partners) {

  public PartnersInCountry {
    Objects.requireNonNull(country, "country");
    partners = List.copyOf(partners);
  }
}
