package lu.creativecluster.adapter.persistence.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Persistence adapter: a mission's title and description in one language. */
@Embeddable
class MissionTextEmbeddable {

  @Column(name = "title", length = 160, nullable = false)
  String title;

  @Column(name = "description", length = 5000, nullable = false)
  String description;

  protected MissionTextEmbeddable() {}

  MissionTextEmbeddable(String title, String description) {
    this.title = title;
    this.description = description;
  }
}
