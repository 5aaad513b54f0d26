package lu.creativecluster.domain.member;

/**
 * Value object: what only the cluster's staff and the member see: the legal name, the VAT or RCS
 * number and staff's internal notes. Each may be empty.
 */
public record PrivateDetails(String legalName, String registrationNumber, String internalNotes) {

  public static final PrivateDetails NONE = new PrivateDetails("", "", "");
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_NUMBER_LENGTH = 40;
  public static final int MAX_NOTES_LENGTH = 5_000;

  public PrivateDetails {
    legalName = Texts.singleLine(orEmpty(legalName), "legal name", 0, MAX_NAME_LENGTH);
    registrationNumber =
        Texts.singleLine(orEmpty(registrationNumber), "VAT or RCS number", 0, MAX_NUMBER_LENGTH);
    internalNotes = Texts.multiLine(orEmpty(internalNotes), "internal note", MAX_NOTES_LENGTH);
  }

  /** These details with staff's notes replaced (members edit the rest, never the notes). */
  public PrivateDetails withInternalNotes(String notes) {
    return new PrivateDetails(legalName, registrationNumber, notes);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
