package lu.creativecluster.adapter.webui.member;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * Faces component: {@code <cc:jsonLd value="#{…}"/>} writes a {@code <script
 * type="application/ld+json">} data block. Views never write script elements or unescaped output
 * (see MarkupRulesTest); this one writes only JSON made safe by {@link JsonLd#forScriptElement}. A
 * data block is never executed, so the Content-Security-Policy does not need to allow it.
 */
@FacesComponent(
    value = JsonLdScript.TYPE,
    createTag = true,
    tagName = "jsonLd",
    namespace = JsonLdScript.NAMESPACE)
public class JsonLdScript extends UIComponentBase {

  static final String TYPE = "lu.creativecluster.JsonLd";
  static final String NAMESPACE = "lu.creativecluster.webui";

  @Override
  public String getFamily() {
    return TYPE;
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    Object value = getAttributes().get("value");
    if (!(value instanceof String json) || json.isEmpty()) {
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("script", this);
    writer.writeAttribute("type", "application/ld+json", null);
    writer.write(json);
    writer.endElement("script");
  }
}
