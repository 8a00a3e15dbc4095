-- Photographs and documents attached to a case (src/platform/files). Seen by the case's
-- organisation and its submitter only: a photo may show a face, a house, a document.
create table feedback_attachments (
  case_id bigint not null references feedback_cases (id),
  file_id uuid not null references files (id),
  primary key (case_id, file_id)
);
