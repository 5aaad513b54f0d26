package lu.creativecluster.adapter.rest.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import org.junit.jupiter.api.Test;

class InvalidSearchParameterMapperTest {

  /** One unreadable value per parameter the directory reads. */
  private static final Map<String, String> BAD =
      Map.ofEntries(
          Map.entry("q", "x".repeat(MemberSearchQuery.MAX_Q_LENGTH + 1)),
          Map.entry("sector", "Not A Code"),
          Map.entry("country", "XX"),
          Map.entry("market", "1"),
          Map.entry("wants", "europe"),
          Map.entry("language", "not a tag!"),
          Map.entry("kind", "robot"),
          Map.entry("keyword", "x"),
          Map.entry("status", "sleeping"),
          Map.entry("sort", "random"),
          Map.entry("page", "-1"),
          Map.entry("size", "1000"));

  @Test
  void everyParameterTheQueryRefuses_hasADescriptionOfValidValues() {
    assertEquals(BAD.keySet(), InvalidSearchParameterMapper.VALID.keySet());
    BAD.forEach(
        (name, value) -> {
          InvalidSearchParameterException e =
              assertThrows(
                  InvalidSearchParameterException.class,
                  () -> MemberSearchQuery.fromParameters(Map.of(name, List.of(value))),
                  name);
          assertEquals(name, e.parameter());
          assertTrue(InvalidSearchParameterMapper.VALID.containsKey(e.parameter()), name);
        });
  }
}
