-- Trigram matching for search (drizzle-kit does not create extensions).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
