package lu.creativecluster.adapter.webui.member;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.MemberStatus;

/**
 * Web adapter: the directory's bookmarkable links, written from a parsed query in one stable form
 * (the parameters of {@link MemberSearchQuery#fromParameters}, values sorted, defaults left out),
 * so the same search always has the same URL.
 *
 * @param path the directory page's path, such as {@code /en/members}
 * @param withStatus whether to write the statuses (staff's search over every status)
 */
record DirectoryLinks(String path, boolean withStatus) {

  DirectoryLinks {
    Objects.requireNonNull(path, "path");
  }

  /** The URL of the query's page {@code number}. */
  String page(MemberSearchQuery query, int number) {
    List<String> pairs = parameters(query);
    if (number > 0) {
      pairs.add(pair("page", Integer.toString(number)));
    }
    return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
  }

  private List<String> parameters(MemberSearchQuery query) {
    List<String> pairs = new ArrayList<>();
    if (!query.q().isEmpty()) {
      pairs.add(pair("q", query.q()));
    }
    for (Facet facet : Facet.values()) {
      for (String value : new TreeSet<>(query.selected(facet))) {
        pairs.add(pair(facet.parameter(), value));
      }
    }
    for (String wanted : new TreeSet<>(query.wants().stream().map(CountryCode::alpha2).toList())) {
      pairs.add(pair("wants", wanted));
    }
    for (String keyword : new TreeSet<>(query.keywords().stream().map(Keyword::value).toList())) {
      pairs.add(pair("keyword", keyword));
    }
    if (withStatus && !query.onlyActive()) {
      for (String status :
          new TreeSet<>(query.statuses().stream().map(MemberStatus::code).toList())) {
        pairs.add(pair("status", status));
      }
    }
    if (query.sort() != MemberSearchQuery.Sort.RELEVANCE) {
      pairs.add(pair("sort", query.sort().code()));
    }
    if (query.size() != MemberSearchQuery.DEFAULT_SIZE) {
      pairs.add(pair("size", Integer.toString(query.size())));
    }
    return pairs;
  }

  private static String pair(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
