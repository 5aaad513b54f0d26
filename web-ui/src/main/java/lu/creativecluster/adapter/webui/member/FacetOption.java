package lu.creativecluster.adapter.webui.member;

/**
 * View model: one value of a facet as a checkbox: its filter value, what people read, how many
 * results it would leave, and whether it is ticked.
 *
 * @param id the checkbox's element id, unique on the page
 */
public record FacetOption(String id, String value, String label, long count, boolean selected) {}
