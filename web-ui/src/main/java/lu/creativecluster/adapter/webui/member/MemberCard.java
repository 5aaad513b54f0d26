package lu.creativecluster.adapter.webui.member;

import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * View model: one member as a result card (name, sectors, pitch, commune) in one language.
 *
 * @param slug for the link to the profile
 * @param kindKey the bundle key of the member's kind
 * @param sectors sector names, the primary one first
 * @param pitch in the visitor's language, else in the first language the member wrote it in
 * @param pitchLang the language the pitch is written in, for {@code lang} on its element
 * @param place commune and country, as a visitor reads them
 * @param statusKey the bundle key of the member's status (staff search every status)
 */
public record MemberCard(
    String slug,
    String name,
    String kindKey,
    List<String> sectors,
    String pitch,
    String pitchLang,
    String place,
    String statusKey,
    boolean active) {

  public MemberCard {
    sectors = List.copyOf(sectors);
  }

  static MemberCard from(MemberSummary member, MemberLabels labels) {
    Language language = labels.language();
    Map<Language, String> pitches = member.pitch().values();
    Language pitchLanguage =
        pitches.containsKey(language) ? language : pitches.keySet().iterator().next();
    return new MemberCard(
        member.slug().value(),
        member.displayName(),
        "member.kind." + member.kind().code(),
        member.sectors().all().stream().map(SectorCode::value).map(labels::sector).toList(),
        pitches.get(pitchLanguage),
        pitchLanguage.code(),
        place(member.location().commune(), labels.country(member.location().country().alpha2())),
        "member.status." + member.status().code(),
        member.status() == MemberStatus.ACTIVE);
  }

  /** "Esch-sur-Alzette, Luxembourg"; the country alone once the commune is gone (erased). */
  static String place(String commune, String country) {
    return commune == null || commune.isBlank() ? country : commune + ", " + country;
  }
}
