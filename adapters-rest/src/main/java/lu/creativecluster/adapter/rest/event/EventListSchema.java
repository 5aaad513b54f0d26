package lu.creativecluster.adapter.rest.event;

import java.util.List;
import lu.creativecluster.adapter.rest.event.EventDtos.EventDto;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI only: the list envelope with events as items; never instantiated. */
@Schema(name = "EventList", description = "A page of events")
public final class EventListSchema extends ListEnvelope<EventDto> {

  private EventListSchema() {
    super(List.of(), PageDto.byCursor(1), null);
  }
}
