package lu.creativecluster.adapter.rest.project;

import java.util.List;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with project summaries as items; never instantiated. */
@Schema(name = "ProjectList", description = "A page of public projects")
public final class ProjectList extends ListEnvelope<ProjectSummaryDto> {

  private ProjectList() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
