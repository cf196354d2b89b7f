-- Publication week of a listing (weeks since 1970-01-01, UTC), for the search index: the "newest"
-- sort reads the index week by week, newest first (lib/search/sort-walk.ts), as the price sorts read
-- price bands. Immutable (an instant's epoch does not depend on the time zone), so a generated
-- column can use it. The same formula is in lib/search/filter-keys.ts (publishedWeek).
CREATE OR REPLACE FUNCTION search_week(ts timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT floor(extract(epoch FROM ts) / 604800)::integer $$;
