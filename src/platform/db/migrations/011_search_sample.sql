-- Search: one document in sixteen, chosen by a hash of its id (so spread evenly over modules,
-- kinds and years, whatever order the documents came in), gets a GIN index of its own. A search
-- with very many matches takes its candidates from this sample, whose posting lists are a
-- sixteenth as long (src/platform/search/README.md, "Query"). The predicate must stay the one
-- `query.ts` writes (`SAMPLE_CONDITION`), or the planner will not use the index.
create index search_documents_tsv_sample on search_documents using gin (tsv)
  where hashint8(id) & 15 = 0;
