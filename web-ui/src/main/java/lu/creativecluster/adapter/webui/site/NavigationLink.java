package lu.creativecluster.adapter.webui.site;

/**
 * View model: one entry of the main navigation.
 *
 * @param labelKey the bundle key of the link text
 * @param current whether it leads to the page being shown ({@code aria-current="page"})
 */
public record NavigationLink(String labelKey, String href, boolean current) {}
