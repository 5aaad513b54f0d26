package lu.creativecluster.adapter.rest.member;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.creativecluster.domain.member.ProfileText;

/** REST adapter: a member's texts as JSON objects keyed by language code (de, fr, en order). */
final class MemberTexts {

  private MemberTexts() {}

  static Map<String, String> byLanguage(ProfileText text) {
    Map<String, String> byCode = new LinkedHashMap<>();
    text.values().forEach((language, value) -> byCode.put(language.code(), value));
    return Collections.unmodifiableMap(byCode);
  }
}
