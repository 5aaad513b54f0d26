package lu.creativecluster.adapter.rest.cooperation;

import java.util.List;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with partners as items; never instantiated. */
@Schema(name = "PartnerList", description = "The partner network, by country then name, one page")
public final class PartnerList extends ListEnvelope<PartnerDto> {

  private PartnerList() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
