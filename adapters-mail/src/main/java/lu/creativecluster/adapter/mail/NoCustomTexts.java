package lu.creativecluster.adapter.mail;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/** No admin wording at all: the templates built without a store send every default. */
enum NoCustomTexts implements InquiryMailTexts {
  INSTANCE;

  @Override
  public Optional<StoredMailText> find(InquiryMailKind kind, Language language) {
    return Optional.empty();
  }

  @Override
  public List<StoredMailText> all() {
    return List.of();
  }

  @Override
  public void save(InquiryMailText text, long expectedVersion) {
    throw new UnsupportedOperationException("these templates keep no wording");
  }

  @Override
  public void remove(InquiryMailKind kind, Language language, long expectedVersion) {
    throw new UnsupportedOperationException("these templates keep no wording");
  }
}
