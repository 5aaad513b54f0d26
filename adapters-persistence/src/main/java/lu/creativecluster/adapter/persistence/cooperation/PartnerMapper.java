package lu.creativecluster.adapter.persistence.cooperation;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.cooperation.CooperationStatus;
import lu.creativecluster.domain.cooperation.PartnerContact;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerKind;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;

/** Persistence adapter: maps partner organisations between the domain and their rows. */
final class PartnerMapper {

  private PartnerMapper() {}

  static PartnerOrganisation toDomain(PartnerJpaEntity e) {
    PartnerDetails details =
        new PartnerDetails(
            e.name,
            PartnerKind.fromCode(e.kind).orElseThrow(),
            CountryCode.of(e.country),
            e.region,
            Optional.ofNullable(e.website).map(URI::create).map(WebLink::new),
            e.sectors.stream().map(SectorCode::new).collect(Collectors.toSet()),
            new PartnerContact(
                e.contactName, Optional.ofNullable(e.contactEmail).map(Email::new), e.contactPhone),
            e.languages.stream().map(LanguageTag::new).collect(Collectors.toSet()));
    List<Cooperation> cooperations =
        e.cooperations.stream()
            .map(
                c ->
                    new Cooperation(
                        c.id,
                        CooperationKind.fromCode(c.kind).orElseThrow(),
                        c.start,
                        Optional.ofNullable(c.end),
                        CooperationStatus.fromCode(c.status).orElseThrow(),
                        c.description,
                        c.activities.isEmpty()
                            ? List.of()
                            : Arrays.asList(c.activities.split("\n"))))
            .toList();
    return PartnerOrganisation.reconstitute(
        new PartnerId(e.id), details, cooperations, e.archived, e.version);
  }

  static void copy(PartnerOrganisation p, PartnerJpaEntity e) {
    PartnerDetails d = p.details();
    e.name = d.name();
    e.kind = d.kind().code();
    e.country = d.country().alpha2();
    e.region = d.region();
    e.website = d.website().map(WebLink::toString).orElse(null);
    e.contactName = d.contact().name();
    e.contactEmail = d.contact().email().map(Email::value).orElse(null);
    e.contactPhone = d.contact().phone();
    e.archived = p.archived();
    replace(e.sectors, d.sectors().stream().map(SectorCode::value).toList());
    replace(e.languages, d.languages().stream().map(LanguageTag::value).toList());
    e.cooperations.clear();
    for (Cooperation c : p.cooperations()) {
      e.cooperations.add(
          new CooperationEmbeddable(
              c.id(),
              c.kind().code(),
              c.start(),
              c.end().orElse(null),
              c.status().code(),
              c.description(),
              String.join("\n", c.activities())));
    }
  }

  private static void replace(java.util.Set<String> target, List<String> values) {
    target.retainAll(values);
    target.addAll(values);
  }
}
