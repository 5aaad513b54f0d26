package lu.creativecluster.adapter.webui.member;

import java.util.List;

/**
 * View model: one facet of the directory as a group of checkboxes.
 *
 * @param parameter the URL parameter the checkboxes send ({@code sector}, {@code country}, …)
 * @param labelKey the bundle key of the group's legend
 */
public record FacetGroup(String parameter, String labelKey, List<FacetOption> options) {

  public FacetGroup {
    options = List.copyOf(options);
  }
}
