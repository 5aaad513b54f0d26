package lu.creativecluster.adapter.webui.site;

/**
 * View model: the current page in one language, for the language switch and for {@code <link
 * rel="alternate" hreflang>}.
 *
 * @param code the language code, for {@code lang} and {@code hreflang}
 * @param nameKey the bundle key of the language's own name (Deutsch, Français, English)
 * @param href the path inside the site, for links
 * @param absoluteHref the full URL, for {@code <link rel="alternate">}
 * @param current whether this is the language being shown
 */
public record LanguageLink(
    String code, String nameKey, String href, String absoluteHref, boolean current) {}
