package lu.creativecluster.adapter.rest.list;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.application.port.in.member.PageInfo;

/**
 * REST adapter: the RFC 8288 {@code Link} header of a list answer. Links are relative references
 * (the request's path and query), never built from the request's {@code Host} header, which the
 * client chooses (README: absolute links come only from {@code cluster.public-url}); every query
 * parameter of the request is kept, in its original encoding, and only the paging parameter
 * changes.
 */
public final class PagingLinks {

  public static final String HEADER = "Link";

  private PagingLinks() {}

  /**
   * first, prev, next and last for a list paged by number; {@code last} is page 0 of an empty list.
   */
  public static String numbered(UriInfo uriInfo, String pageParameter, PageInfo page) {
    return numbered(
        uriInfo.getRequestUri().getRawPath(),
        uriInfo.getRequestUri().getRawQuery(),
        pageParameter,
        page);
  }

  static String numbered(String rawPath, String rawQuery, String pageParameter, PageInfo page) {
    long last = Math.max(page.totalPages() - 1, 0);
    List<String> links = new ArrayList<>();
    links.add(link(rawPath, rawQuery, pageParameter, "0", "first"));
    if (page.hasPrevious()) {
      long previous = Math.min(page.number() - 1L, last);
      links.add(link(rawPath, rawQuery, pageParameter, Long.toString(previous), "prev"));
    }
    if (page.hasNext()) {
      links.add(link(rawPath, rawQuery, pageParameter, Long.toString(page.number() + 1L), "next"));
    }
    links.add(link(rawPath, rawQuery, pageParameter, Long.toString(last), "last"));
    return String.join(", ", links);
  }

  /** The next page of a list paged by a cursor: the request with these parameters replaced. */
  public static String next(UriInfo uriInfo, Map<String, String> replaced) {
    return next(
        uriInfo.getRequestUri().getRawPath(), uriInfo.getRequestUri().getRawQuery(), replaced);
  }

  static String next(String rawPath, String rawQuery, Map<String, String> replaced) {
    return "<" + target(rawPath, rawQuery, replaced) + ">; rel=\"next\"";
  }

  private static String link(
      String rawPath, String rawQuery, String pageParameter, String value, String rel) {
    return "<" + target(rawPath, rawQuery, Map.of(pageParameter, value)) + ">; rel=\"" + rel + "\"";
  }

  /**
   * The path with the query as the request sent it (order and encoding kept), the replaced
   * parameters where they first were (or appended), each once. Values given here are plain (digits,
   * ISO instants) and are encoded.
   */
  private static String target(String rawPath, String rawQuery, Map<String, String> replaced) {
    StringBuilder query = new StringBuilder();
    Set<String> done = new HashSet<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        if (replaced.containsKey(name)) {
          if (done.add(name)) {
            append(query, name, encode(replaced.get(name)));
          }
          continue;
        }
        query.append(query.isEmpty() ? "" : "&").append(safe(pair));
      }
    }
    for (Map.Entry<String, String> parameter : replaced.entrySet()) {
      if (!done.contains(parameter.getKey())) {
        append(query, parameter.getKey(), encode(parameter.getValue()));
      }
    }
    return query.isEmpty() ? rawPath : rawPath + "?" + query;
  }

  private static void append(StringBuilder query, String name, String value) {
    if (!query.isEmpty()) {
      query.append('&');
    }
    query.append(name).append('=').append(value);
  }

  /**
   * A raw (still percent-encoded) parameter as it came, except characters that would break the
   * header out of its angle brackets or the URI reference: those are percent-encoded.
   */
  private static String safe(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\') {
        out.append(encode(String.valueOf(c)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
