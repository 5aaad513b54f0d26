package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.inquiry.InquiryMailText;

/**
 * The wording an inquiry mail is sent in today: the admins' own ({@code customised}) or the
 * platform's default (then {@code version} is {@link
 * lu.creativecluster.application.port.out.inquiry.InquiryMailTexts#NOT_STORED}).
 */
public record MailTextView(InquiryMailText text, long version, boolean customised) {}
