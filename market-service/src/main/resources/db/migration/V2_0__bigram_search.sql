-- Search: a keyword of two characters (many Korean words are two syllables: 던롭, 라켓) holds no trigram, so
-- the trigram indexes cannot serve it. listing.bigrams holds the lower-cased two-character sequences inside
-- the words of title and description, and a GIN index on it finds the listings that contain a keyword's
-- bigram; the search then checks the keyword with like. Words are split on the whitespace the search splits
-- its query on ([ \t\n\r\f\v]), so every two-character keyword found in a listing is one of its bigrams.
create function word_bigrams(words text) returns text[]
    language sql immutable strict parallel safe
    return array(
        select distinct chars[i] || chars[i + 1]
        from regexp_split_to_table(lower(words), '[ \t\n\r\f\v]+') as word,
             string_to_array(word, null) as chars,
             generate_series(1, cardinality(chars) - 1) as i);

-- Stored, not an index expression: a search whose keyword is common is served by the newest-first index
-- and checks the bigrams of each row it reads, which must not compute them. Kept by triggers rather than
-- a generated column, so that a change of status (every step of a trade) does not compute them either.
alter table listing add column bigrams text[];

create function listing_bigrams() returns trigger language plpgsql as $$
begin
    new.bigrams := word_bigrams(new.title || ' ' || new.description);
    return new;
end
$$;
create trigger listing_bigrams_on_offer before insert on listing
    for each row execute function listing_bigrams();
create trigger listing_bigrams_on_edit before update of title, description on listing
    for each row when (old.title is distinct from new.title or old.description is distinct from new.description)
    execute function listing_bigrams();

update listing set bigrams = word_bigrams(title || ' ' || description);
alter table listing alter column bigrams set not null;
create index listing_bigrams on listing using gin (bigrams);
