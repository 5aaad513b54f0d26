package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberSearchQueryTest {

  @Test
  void noParameters_meanTheFirstPageOfActiveMembersByRelevance() {
    MemberSearchQuery query = MemberSearchQuery.fromParameters(Map.of());

    assertEquals(MemberSearchQuery.everything(), query);
    assertEquals(20, query.size());
    assertEquals(0, query.page());
    assertEquals(Set.of(MemberStatus.ACTIVE), query.statuses());
  }

  @Test
  void repeatedParameters_becomeSets_andValuesAreNormalised() {
    MemberSearchQuery query =
        MemberSearchQuery.fromParameters(
            Map.of(
                "q", List.of("  Kunst "),
                "country", List.of("lu", "DE", ""),
                "kind", List.of("company", "freelancer"),
                "keyword", List.of(" Motion  Design "),
                "sort", List.of("newest"),
                "page", List.of("2"),
                "size", List.of("100"),
                "lang", List.of("de")));

    assertEquals("Kunst", query.q());
    assertEquals(Set.of(CountryCode.of("LU"), CountryCode.of("DE")), query.countries());
    assertEquals(Set.of(MemberKind.COMPANY, MemberKind.FREELANCER), query.kinds());
    assertEquals(Set.of(Keyword.of("motion design")), query.keywords());
    assertEquals(MemberSearchQuery.Sort.NEWEST, query.sort());
    assertEquals(2, query.page());
    assertEquals(100, query.size());
  }

  @ParameterizedTest
  @CsvSource({
    "page,-1",
    "page,abc",
    "size,0",
    "size,101",
    "sort,popular",
    "country,XX",
    "market,Luxembourg",
    "wants,1",
    "language,not a tag",
    "kind,robot",
    "keyword,x",
    "sector,Not A Code",
    "status,deleted"
  })
  void aMalformedParameter_isRefused_namingIt(String parameter, String value) {
    var refused =
        assertThrows(
            InvalidSearchParameterException.class,
            () -> MemberSearchQuery.fromParameters(Map.of(parameter, List.of(value))));
    assertEquals(parameter, refused.parameter());
  }

  @Test
  void aSingleValuedParameterGivenTwice_isRefused() {
    var refused =
        assertThrows(
            InvalidSearchParameterException.class,
            () -> MemberSearchQuery.fromParameters(Map.of("page", List.of("1", "2"))));
    assertEquals("page", refused.parameter());
  }

  @Test
  void anOverlongQuery_isRefused() {
    var refused =
        assertThrows(
            InvalidSearchParameterException.class,
            () -> MemberSearchQuery.fromParameters(Map.of("q", List.of("x".repeat(201)))));
    assertEquals("q", refused.parameter());
  }

  @Test
  void pageInfo_countsPagesAndNeighbours() {
    assertEquals(3, PageInfo.of(0, 20, 41).totalPages());
    assertEquals(0, PageInfo.of(0, 20, 0).totalPages());
    assertEquals(true, PageInfo.of(1, 20, 41).hasNext());
    assertEquals(false, PageInfo.of(2, 20, 41).hasNext());
    assertEquals(true, PageInfo.of(2, 20, 41).hasPrevious());
  }
}
