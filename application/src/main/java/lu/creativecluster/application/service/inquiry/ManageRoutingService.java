package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import lu.creativecluster.application.port.in.inquiry.ManageRoutingUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientNotFoundException;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RoutingRule;

/** Use case service: the recipient directory and routing rules; staff read, admins change. */
@ApplicationScoped
@Transactional
public class ManageRoutingService implements ManageRoutingUseCase {

  private final Recipients recipients;
  private final RoutingRules rules;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ManageRoutingService() {
    this(null, null, null, null);
  }

  @Inject
  public ManageRoutingService(
      Recipients recipients, RoutingRules rules, AuditLog auditLog, Clock clock) {
    this.recipients = recipients;
    this.rules = rules;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public List<Recipient> recipients(Actor actor) {
    InquiryAccess.requireStaff(actor, "read the recipients");
    return recipients.all();
  }

  @Override
  public void putRecipient(Actor actor, Recipient recipient) {
    InquiryAccess.requireAdmin(actor, "change the recipients");
    recipients.put(recipient);
    audit(actor, "recipient:" + recipient.id());
  }

  @Override
  public List<RoutingRule> rules(Actor actor) {
    InquiryAccess.requireStaff(actor, "read the routing rules");
    return rules.all();
  }

  @Override
  public void addRule(Actor actor, RoutingRule rule) {
    InquiryAccess.requireAdmin(actor, "change the routing rules");
    if (recipients.byId(rule.recipient()).isEmpty()) {
      throw new RecipientNotFoundException(rule.recipient().toString());
    }
    rules.add(rule);
    audit(actor, "rule:" + rule.id());
  }

  @Override
  public void removeRule(Actor actor, UUID ruleId) {
    InquiryAccess.requireAdmin(actor, "change the routing rules");
    rules.remove(ruleId);
    audit(actor, "rule:" + ruleId);
  }

  private void audit(Actor actor, String target) {
    auditLog.append(
        AuditEvent.of(
            clock.instant(), actor.getName(), AuditAction.INQUIRY_ROUTING_CHANGED, target, ""));
  }
}
