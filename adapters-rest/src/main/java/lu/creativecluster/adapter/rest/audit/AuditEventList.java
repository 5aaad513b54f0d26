package lu.creativecluster.adapter.rest.audit;

import java.util.List;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with audit entries as items; never instantiated. */
@Schema(name = "AuditEventList", description = "A page of the audit log, newest first; no facets")
public final class AuditEventList extends ListEnvelope<AuditEventDto> {

  private AuditEventList() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
