package lu.creativecluster.adapter.persistence.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Persistence adapter: one row of {@code inquiry_mail_text}, keyed by kind and language. */
@Entity
@Table(name = "inquiry_mail_text")
@IdClass(MailTextJpaEntity.Key.class)
class MailTextJpaEntity {

  @Id
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  String kind;

  @Id
  @Column(name = "language", nullable = false, updatable = false, length = 8)
  String language;

  @Column(name = "subject", nullable = false, length = 150)
  String subject;

  @Column(name = "body", nullable = false, length = 4000)
  String body;

  @Column(name = "version", nullable = false)
  long version;

  protected MailTextJpaEntity() {}

  MailTextJpaEntity(String kind, String language) {
    this.kind = kind;
    this.language = language;
  }

  /** The composite key JPA needs for {@code find}. */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String kind;
    String language;

    protected Key() {}

    Key(String kind, String language) {
      this.kind = kind;
      this.language = language;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(kind, key.kind)
          && Objects.equals(language, key.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, language);
    }
  }
}
