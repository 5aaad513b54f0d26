package lu.creativecluster.application.service.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.in.cooperation.ListPartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.ManagePartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;
import lu.creativecluster.application.port.in.cooperation.PartnersInCountry;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Use case service: the partner network. Anyone reads it (archived partners are left out); staff
 * register, change and archive partners and record the cooperations with them, each change checked
 * against the version the editor read and written to the audit log.
 */
@ApplicationScoped
@Transactional
public class PartnerNetworkService implements ListPartnersUseCase, ManagePartnersUseCase {

  private final Partners partners;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PartnerNetworkService() {
    this(null, null, null);
  }

  @Inject
  public PartnerNetworkService(Partners partners, AuditLog auditLog, Clock clock) {
    this.partners = partners;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public List<PartnersInCountry> byCountry(Optional<CountryCode> country) {
    Map<CountryCode, List<PartnerOrganisation>> grouped = new LinkedHashMap<>();
    for (PartnerOrganisation partner : partners.list(country)) {
      if (partner.archived()) {
        continue;
      }
      grouped
          .computeIfAbsent(partner.details().country(), c -> new java.util.ArrayList<>())
          .add(partner);
    }
    return grouped.entrySet().stream()
        .map(e -> new PartnersInCountry(e.getKey(), e.getValue()))
        .toList();
  }

  @Override
  public PartnerOrganisation show(PartnerId id) {
    return load(id);
  }

  @Override
  public List<PartnerOrganisation> everyPartner(Actor actor) {
    CooperationAccess.requireStaff(actor, "see archived partners");
    return partners.list(Optional.empty());
  }

  @Override
  public PartnerOrganisation partner(Actor actor, PartnerId id) {
    CooperationAccess.requireStaff(actor, "see a partner's contact");
    return load(id);
  }

  @Override
  public PartnerOrganisation register(Actor actor, PartnerDetails details, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "register partners");
    PartnerOrganisation partner = PartnerOrganisation.register(PartnerId.newId(), details);
    partners.add(partner);
    audit(actor, AuditAction.PARTNER_SAVED, partner.id() + " " + details.name(), sourceAddress);
    return load(partner.id());
  }

  @Override
  public PartnerOrganisation update(
      Actor actor, PartnerId id, long version, PartnerDetails details, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "change partners");
    PartnerOrganisation partner = load(id, version);
    partner.updateDetails(details);
    partners.save(partner);
    audit(actor, AuditAction.PARTNER_SAVED, id + " " + details.name(), sourceAddress);
    return load(id);
  }

  @Override
  public PartnerOrganisation recordCooperation(
      Actor actor, PartnerId id, long version, Cooperation cooperation, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "record cooperations");
    PartnerOrganisation partner = load(id, version);
    partner.recordCooperation(cooperation);
    partners.save(partner);
    audit(actor, AuditAction.COOPERATION_SAVED, id + " " + cooperation.id(), sourceAddress);
    return load(id);
  }

  @Override
  public PartnerOrganisation removeCooperation(
      Actor actor, PartnerId id, long version, UUID cooperationId, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "remove cooperations");
    PartnerOrganisation partner = load(id, version);
    if (partner.removeCooperation(cooperationId)) {
      partners.save(partner);
      audit(actor, AuditAction.COOPERATION_REMOVED, id + " " + cooperationId, sourceAddress);
    }
    return load(id);
  }

  @Override
  public PartnerOrganisation archive(
      Actor actor, PartnerId id, long version, boolean archived, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "archive partners");
    PartnerOrganisation partner = load(id, version);
    if (archived) {
      partner.archive();
    } else {
      partner.reactivate();
    }
    partners.save(partner);
    audit(actor, AuditAction.PARTNER_ARCHIVED, id + " " + archived, sourceAddress);
    return load(id);
  }

  /** The partner as the editor saw it: another version means someone changed it meanwhile. */
  private PartnerOrganisation load(PartnerId id, long version) {
    PartnerOrganisation partner = load(id);
    if (partner.version() != version) {
      throw new ConcurrentUpdateException("partner " + id, null);
    }
    return partner;
  }

  private PartnerOrganisation load(PartnerId id) {
    return partners.byId(id).orElseThrow(() -> new PartnerNotFoundException(id.toString()));
  }

  private void audit(Actor actor, String action, String subject, String sourceAddress) {
    auditLog.append(
        AuditEvent.of(clock.instant(), actor.getName(), action, subject, sourceAddress));
  }
}
