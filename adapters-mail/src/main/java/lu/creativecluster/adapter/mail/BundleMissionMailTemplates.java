package lu.creativecluster.adapter.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mission.MissionMailTemplates;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Mail adapter: the mails about mission applications in German, French and English, from the same
 * {@code mail} bundle as the account mails.
 */
@ApplicationScoped
public class BundleMissionMailTemplates implements MissionMailTemplates {

  @Override
  public OutgoingMail applicationOutcome(
      Email to,
      String displayName,
      String missionTitle,
      String destination,
      ApplicationStatus outcome,
      Language language) {
    String kind =
        switch (outcome) {
          case SELECTED -> "missionSelected";
          case WAITLISTED -> "missionWaitlisted";
          case DECLINED -> "missionDeclined";
          default ->
              throw new IllegalArgumentException("no mail tells an applicant it is " + outcome);
        };
    ResourceBundle texts = ResourceBundle.getBundle(BundleMailTemplates.BUNDLE, language.locale());
    String body =
        String.join(
            "\n\n",
            format(texts, "greeting", language, displayName),
            format(texts, kind + ".body", language, missionTitle, destination),
            texts.getString("signature"));
    // A title is one line already (the domain refuses line breaks in it): the subject stays one.
    return new OutgoingMail(
        to, format(texts, kind + ".subject", language, missionTitle), body + "\n");
  }

  private static String format(
      ResourceBundle texts, String key, Language language, Object... arguments) {
    return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
  }
}
