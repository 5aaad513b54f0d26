package lu.creativecluster.application.service.mission;

import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.MissionMailTemplates;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.shared.Email;

/**
 * Puts the mail telling an applicant where its application stands into the outbox, in the same
 * transaction as the decision: no mail for a decision rolled back, none lost for one kept. It goes
 * to the account managing the member record, else to the member's contact address; a member with
 * neither gets no mail (staff see the outcome on the mission).
 */
final class OutcomeMails {

  private final Members members;
  private final Accounts accounts;
  private final MailOutbox outbox;
  private final MissionMailTemplates templates;

  OutcomeMails(
      Members members, Accounts accounts, MailOutbox outbox, MissionMailTemplates templates) {
    this.members = members;
    this.accounts = accounts;
    this.outbox = outbox;
    this.templates = templates;
  }

  /**
   * @return whether a mail was enqueued
   */
  boolean tell(Mission mission, MemberId memberId, Instant at) {
    MissionApplication application = mission.application(memberId).orElseThrow();
    Optional<Member> member = members.byId(memberId);
    if (member.isEmpty()) {
      return false;
    }
    Optional<Email> to =
        member
            .get()
            .owner()
            .flatMap(accounts::byId)
            .map(Account::email)
            .or(() -> member.get().contact().email());
    if (to.isEmpty()) {
      return false;
    }
    MissionText text = mission.plan().texts().in(application.language());
    outbox.enqueue(
        templates.applicationOutcome(
            to.get(),
            member.get().displayName(),
            text.title(),
            mission.plan().destinationCity() + " (" + mission.plan().destinationCountry() + ")",
            application.status(),
            application.language()),
        at);
    return true;
  }
}
