-- Seeds :count listings (default via seed-listings.sh: 100,000) into market-service's database for the
-- search benchmark: Korean and English titles and descriptions built from real gear names, every category
-- and condition, prices 5,000-500,000 points, a fifth at one of 20 clubs, 90 % on sale, spread over a year.
-- Rows carry the seller id 5eed0000-0000-0000-0000-000000000000, so a re-run replaces them.
\set ON_ERROR_STOP on
begin;
delete from listing where seller_id = '5eed0000-0000-0000-0000-000000000000';
with words as (
    select array['윌슨', '바볼랏', '요넥스', '헤드', '테크니화이버', 'Wilson', 'Babolat', 'Yonex', 'Head', 'Tecnifibre'] as brands,
           array['프로스태프', '퓨어 에어로', '이존', '스피드', '블레이드', 'Pro Staff', 'Pure Aero', 'Ezone', 'Speed', 'Blade'] as models,
           array['라켓', '스트링', '테니스화', '가방', '테니스공', '스트링 머신', '그립', 'racket', 'strings', 'shoes', 'bag', 'balls'] as kinds,
           array['RACKET', 'STRINGS', 'SHOES', 'BAGS', 'BALLS', 'MACHINES', 'OTHER'] as categories,
           array['NEW', 'LIKE_NEW', 'GOOD', 'FAIR', 'WORN'] as conditions,
           array['서울 마포', '서울 강남', '성남 분당', '부산 해운대', 'Seoul Jongno', 'Incheon'] as areas
)
insert into listing (id, seller_id, title, description, category, item_condition, brand, model, price, club_id, area,
                     status, hidden, created_at, updated_at, version)
select gen_random_uuid(),
       '5eed0000-0000-0000-0000-000000000000',
       brands[1 + n % 10] || ' ' || models[1 + (n / 10) % 10] || ' ' || kinds[1 + (n / 100) % 12] || ' #' || n,
       '상태 ' || (array['아주 좋음', '좋음', '보통'])[1 + n % 3] || ', ' || kinds[1 + n % 12]
           || ' used for ' || (n % 24) || ' months. 직거래 가능 / shipping possible.',
       categories[1 + (n / 7) % 7],
       conditions[1 + n % 5],
       brands[1 + n % 10],
       models[1 + (n / 10) % 10],
       5000 + (n * 7919) % 495001,
       case when n % 5 = 0 then ('00000000-0000-0000-0000-' || lpad(to_hex(n % 20), 12, '0'))::uuid end,
       areas[1 + n % 6],
       case when n % 10 = 0 then 'SOLD' else 'ON_SALE' end,
       false,
       now() - (n % 525600) * interval '1 minute',
       now() - (n % 525600) * interval '1 minute',
       0
from words, generate_series(1, :count) as n;
commit;
analyze listing;
