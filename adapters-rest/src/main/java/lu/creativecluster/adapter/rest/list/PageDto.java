package lu.creativecluster.adapter.rest.list;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import lu.creativecluster.application.port.in.member.PageInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: where a page sits in a list. Lists paged by number carry all four figures; a list paged
 * by a cursor (the audit log, paged by {@code before}) has no page number and counts no total, and
 * leaves those fields out.
 */
@Schema(name = "Page")
@JsonbPropertyOrder({"number", "size", "totalItems", "totalPages"})
public record PageDto(
    @Schema(description = "This page's number, from 0; absent for lists paged by a cursor")
        Integer number,
    @Schema(required = true, description = "The most items a page holds", example = "20") int size,
    @Schema(description = "How many items the whole list has; absent when not counted")
        Long totalItems,
    @Schema(description = "How many pages of this size the list has; absent when not counted")
        Long totalPages) {

  public static PageDto of(PageInfo page) {
    return new PageDto(page.number(), page.size(), page.totalItems(), page.totalPages());
  }

  /** A page of a list paged by a cursor: its size only. */
  public static PageDto byCursor(int size) {
    return new PageDto(null, size, null, null);
  }
}
