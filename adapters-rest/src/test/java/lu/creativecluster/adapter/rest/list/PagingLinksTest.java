package lu.creativecluster.adapter.rest.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.member.PageInfo;
import org.junit.jupiter.api.Test;

class PagingLinksTest {

  private static final String PATH = "/api/v1/members";

  private static String query(String... pairs) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      query.append(query.isEmpty() ? "" : "&").append(pairs[i]).append('=').append(pairs[i + 1]);
    }
    return query.toString();
  }

  @Test
  void aMiddlePage_linksToFirstPrevNextAndLast_keepingEveryOtherParameter() {
    String links =
        PagingLinks.numbered(
            PATH,
            query("q", "motion%20design", "sector", "design", "sector", "film", "page", "2"),
            "page",
            PageInfo.of(2, 20, 95));

    assertEquals(
        "</api/v1/members?q=motion%20design&sector=design&sector=film&page=0>; rel=\"first\", "
            + "</api/v1/members?q=motion%20design&sector=design&sector=film&page=1>; rel=\"prev\", "
            + "</api/v1/members?q=motion%20design&sector=design&sector=film&page=3>; rel=\"next\", "
            + "</api/v1/members?q=motion%20design&sector=design&sector=film&page=4>; rel=\"last\"",
        links);
  }

  @Test
  void theFirstPage_hasNoPrev_andTheLastNoNext_andThePageParameterIsAddedWhenMissing() {
    String first = PagingLinks.numbered(PATH, query("size", "10"), "page", PageInfo.of(0, 10, 25));
    assertFalse(first.contains("rel=\"prev\""), first);
    assertTrue(first.contains("</api/v1/members?size=10&page=1>; rel=\"next\""), first);
    assertTrue(first.contains("</api/v1/members?size=10&page=2>; rel=\"last\""), first);

    String last = PagingLinks.numbered(PATH, query("page", "2"), "page", PageInfo.of(2, 10, 25));
    assertFalse(last.contains("rel=\"next\""), last);
    assertTrue(last.contains("</api/v1/members?page=1>; rel=\"prev\""), last);
  }

  @Test
  void anEmptyList_hasPage0AsFirstAndLast() {
    assertEquals(
        "</api/v1/members?page=0>; rel=\"first\", </api/v1/members?page=0>; rel=\"last\"",
        PagingLinks.numbered(PATH, query(), "page", PageInfo.of(0, 20, 0)));
  }

  @Test
  void aPageBeyondTheEnd_pointsPrevAtTheLastPage() {
    String links = PagingLinks.numbered(PATH, query("page", "9"), "page", PageInfo.of(9, 20, 30));
    assertTrue(links.contains("</api/v1/members?page=1>; rel=\"prev\""), links);
  }

  @Test
  void charactersThatWouldBreakTheHeader_areEncoded() {
    String links =
        PagingLinks.numbered(PATH, query("q", "a>b\"c, d"), "page", PageInfo.of(0, 20, 1));
    assertTrue(links.startsWith("</api/v1/members?q=a%3Eb%22c,%20d&page=0>"), links);
  }

  @Test
  void theNextPageOfACursorList_replacesTheCursorAndKeepsTheRest() {
    Map<String, String> replaced = new LinkedHashMap<>();
    replaced.put("limit", "1");
    replaced.put("before", "2026-03-01T09:00:00Z");
    assertEquals(
        "</api/v1/audit-events?limit=1&x=y&before=2026-03-01T09%3A00%3A00Z>; rel=\"next\"",
        PagingLinks.next("/api/v1/audit-events", query("limit", "1", "x", "y"), replaced));
  }

  @Test
  void theEnvelope_isWrittenAsTheApiPromises() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String facetted =
          jsonb.toJson(
              ListEnvelope.of(
                  List.of("a"),
                  PageDto.of(PageInfo.of(1, 1, 3)),
                  Map.of("sector", List.of(new FacetValueDto("design", 2)))));
      assertEquals(
          "{\"items\":[\"a\"],\"page\":{\"number\":1,\"size\":1,\"totalItems\":3,\"totalPages\":3},"
              + "\"facets\":{\"sector\":[{\"value\":\"design\",\"count\":2}]}}",
          facetted);
      assertEquals(
          "{\"items\":[],\"page\":{\"size\":50}}",
          jsonb.toJson(ListEnvelope.of(List.of(), PageDto.byCursor(50))));
    }
  }
}
