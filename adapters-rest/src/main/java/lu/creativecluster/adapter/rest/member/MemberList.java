package lu.creativecluster.adapter.rest.member;

import java.util.List;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with member summaries as items; never instantiated. */
@Schema(name = "MemberList", description = "A page of the member directory, with facet counts")
public final class MemberList extends ListEnvelope<MemberSummaryDto> {

  private MemberList() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
