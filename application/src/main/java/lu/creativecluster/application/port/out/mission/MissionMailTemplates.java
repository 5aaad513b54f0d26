package lu.creativecluster.application.port.out.mission;

import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Outbound port: the texts of the mails about mission applications, in each language. */
public interface MissionMailTemplates {

  /**
   * The mail telling an applicant where its application stands now.
   *
   * @param outcome selected, wait-listed or declined
   */
  OutgoingMail applicationOutcome(
      Email to,
      String displayName,
      String missionTitle,
      String destination,
      ApplicationStatus outcome,
      Language language);
}
