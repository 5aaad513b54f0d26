package lu.creativecluster.adapter.rest.cooperation;

import java.util.List;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with mission summaries as items; never instantiated. */
@Schema(name = "MissionList", description = "A page of missions abroad")
public final class MissionList extends ListEnvelope<MissionSummaryDto> {

  private MissionList() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
