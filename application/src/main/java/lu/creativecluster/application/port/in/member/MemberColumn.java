package lu.creativecluster.application.port.in.member;

import java.util.Arrays;
import java.util.Optional;

/**
 * Value type: one column of the member directory's CSV (import and export) and one field of its
 * JSON export. The header names are part of the documented file format (README, "Member import and
 * export"), so they never change once published; list columns hold several values.
 */
public enum MemberColumn {
  SLUG("slug", false, Visibility.PUBLIC),
  DISPLAY_NAME("display_name", false, Visibility.PUBLIC),
  KIND("kind", false, Visibility.PUBLIC),
  STATUS("status", false, Visibility.PUBLIC),
  PRIMARY_SECTOR("primary_sector", false, Visibility.PUBLIC),
  OTHER_SECTORS("other_sectors", true, Visibility.PUBLIC),
  PITCH_DE("pitch_de", false, Visibility.PUBLIC),
  PITCH_FR("pitch_fr", false, Visibility.PUBLIC),
  PITCH_EN("pitch_en", false, Visibility.PUBLIC),
  DESCRIPTION_DE("description_de", false, Visibility.PUBLIC),
  DESCRIPTION_FR("description_fr", false, Visibility.PUBLIC),
  DESCRIPTION_EN("description_en", false, Visibility.PUBLIC),
  KEYWORDS("keywords", true, Visibility.PUBLIC),
  SKILLS("skills", true, Visibility.PUBLIC),
  PORTFOLIO("portfolio", true, Visibility.PUBLIC),
  COMMUNE("commune", false, Visibility.PUBLIC),
  COUNTRY("country", false, Visibility.PUBLIC),
  WEBSITE("website", false, Visibility.PUBLIC),
  SOCIAL_LINKS("social_links", true, Visibility.PUBLIC),
  LANGUAGES("languages", true, Visibility.PUBLIC),
  YEAR_FOUNDED("year_founded", false, Visibility.PUBLIC),
  TEAM_SIZE("team_size", false, Visibility.PUBLIC),
  MARKETS_SERVED("markets_served", true, Visibility.PUBLIC),
  MARKETS_WANTED("markets_wanted", true, Visibility.PUBLIC),
  WANTS_EXPORT_HELP("wants_export_help", false, Visibility.PUBLIC),
  EMAIL("email", false, Visibility.CONSENTED),
  SHOW_EMAIL("show_email", false, Visibility.PUBLIC),
  PHONE("phone", false, Visibility.CONSENTED),
  SHOW_PHONE("show_phone", false, Visibility.PUBLIC),
  LEGAL_NAME("legal_name", false, Visibility.PRIVATE),
  REGISTRATION_NUMBER("registration_number", false, Visibility.PRIVATE),
  INTERNAL_NOTES("internal_notes", false, Visibility.PRIVATE);

  /** Who may read a column in an export. */
  public enum Visibility {
    /** Everyone, for active members. */
    PUBLIC,
    /** Everyone, but only where the member agreed to show it; staff always. */
    CONSENTED,
    /** Staff (and the member itself) only. */
    PRIVATE
  }

  /** Separates the values of a list column in one CSV cell; a literal one is written {@code \|}. */
  public static final char LIST_SEPARATOR = '|';

  private final String header;
  private final boolean list;
  private final Visibility visibility;

  MemberColumn(String header, boolean list, Visibility visibility) {
    this.header = header;
    this.list = list;
    this.visibility = visibility;
  }

  /** The name in the CSV header row and the JSON field name. */
  public String header() {
    return header;
  }

  /** Whether the column holds several values (a JSON array; {@code |}-separated in CSV). */
  public boolean isList() {
    return list;
  }

  public Visibility visibility() {
    return visibility;
  }

  public static Optional<MemberColumn> fromHeader(String header) {
    return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
  }
}
